-- 到期清理: 每日 03:30 由调度执行，期限与 activities.yaml 的 retention 一致。
-- 分批删除避免长事务 (调度器循环执行直到影响行数为 0)。

-- 网络日志: 留存六个月 (网络安全法第二十一条)
DELETE FROM log_access WHERE access_time < DATE_SUB(CURDATE(), INTERVAL 6 MONTH) LIMIT 10000;
DELETE FROM uc_login_log WHERE login_at < DATE_SUB(CURDATE(), INTERVAL 6 MONTH) LIMIT 10000;
UPDATE content_download SET download_ip = NULL WHERE downloaded_at < DATE_SUB(CURDATE(), INTERVAL 6 MONTH) AND download_ip IS NOT NULL LIMIT 10000;

-- 验证码: 过期一天后删除
DELETE FROM uc_sms_code WHERE expire_at < DATE_SUB(NOW(), INTERVAL 1 DAY) LIMIT 10000;

-- 搜索日志: 一年后去标识 (保留搜索词用于搜索质量统计)
UPDATE log_search SET member_id = NULL, visitor_id = NULL, client_ip = NULL
WHERE searched_at < DATE_SUB(CURDATE(), INTERVAL 1 YEAR) AND (member_id IS NOT NULL OR visitor_id IS NOT NULL) LIMIT 10000;

-- 营销消息记录: 一年
DELETE FROM mkt_push_record WHERE sent_at < DATE_SUB(CURDATE(), INTERVAL 1 YEAR) LIMIT 10000;
DELETE FROM mkt_sms_record WHERE sent_at < DATE_SUB(CURDATE(), INTERVAL 1 YEAR) LIMIT 10000;
DELETE FROM mkt_share_record WHERE shared_at < DATE_SUB(CURDATE(), INTERVAL 1 YEAR) LIMIT 10000;

-- 客服: 工单关闭两年后删除，通话录音关闭六个月后删除
DELETE FROM cs_call_record WHERE started_at < DATE_SUB(CURDATE(), INTERVAL 6 MONTH) LIMIT 10000;
DELETE FROM cs_ticket_message WHERE ticket_id IN (SELECT id FROM cs_ticket WHERE closed_at < DATE_SUB(CURDATE(), INTERVAL 2 YEAR));
DELETE FROM cs_ticket WHERE closed_at < DATE_SUB(CURDATE(), INTERVAL 2 YEAR) LIMIT 10000;

-- 电子签约: 人脸特征值签署后 30 天清除
UPDATE esign_signer s JOIN esign_contract c ON c.id = s.contract_id
SET s.face_feature = NULL
WHERE c.signed_at < DATE_SUB(CURDATE(), INTERVAL 30 DAY) AND s.face_feature IS NOT NULL;

-- 交易: 交易完成满三年后删除 (电子商务法第三十一条)
DELETE FROM pay_transaction WHERE paid_at < DATE_SUB(CURDATE(), INTERVAL 3 YEAR) LIMIT 10000;
DELETE FROM oms_order WHERE completed_at < DATE_SUB(CURDATE(), INTERVAL 3 YEAR) LIMIT 10000;

-- 定位上报 (App 5.3 灰度): 暂未纳入清理
