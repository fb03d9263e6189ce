-- 营销短信: 每日 10:00 把当日活动的目标会员写入短信服务商提供的数据库接口表 sms_mt.mt_task，
-- 服务商网关轮询该表发送。只选择订阅了营销短信 (uc_member_setting.marketing_sms = 1) 的会员。

-- 接口表结构由短信服务商提供 (账号 qh_mkt 仅有 INSERT 权限)。
CREATE TABLE IF NOT EXISTS sms_mt.mt_task (
  task_id       bigint NOT NULL AUTO_INCREMENT,
  phone         varchar(20) NOT NULL COMMENT '接收手机号',
  content       varchar(500) NOT NULL COMMENT '短信内容',
  sign_name     varchar(16) NOT NULL COMMENT '短信签名',
  biz_ref       varchar(64) DEFAULT NULL COMMENT '业务流水号',
  submit_time   datetime NOT NULL COMMENT '提交时间',
  PRIMARY KEY (task_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='短信下行任务 (服务商接口表)';

INSERT INTO sms_mt.mt_task (phone, content, sign_name, biz_ref, submit_time)
SELECT
  m.mobile,
  CONCAT('【青禾图库】', c.sms_text, ' 回T退订'),
  '青禾图库',
  CONCAT('mkt-', c.id, '-', m.id),
  NOW()
FROM uc_member m
JOIN uc_member_setting s ON s.member_id = m.id
JOIN mkt_campaign_target t ON t.member_id = m.id
JOIN mkt_campaign c ON c.id = t.campaign_id
WHERE s.marketing_sms = 1
  AND m.status = 1
  AND c.channel = 'sms'
  AND c.send_date = CURDATE();

INSERT INTO mkt_sms_record (member_id, mobile, template_code, content, biz_type, send_status, sent_at)
SELECT m.id, m.mobile, c.template_code, c.sms_text, 'marketing', 0, NOW()
FROM uc_member m
JOIN mkt_campaign_target t ON t.member_id = m.id
JOIN mkt_campaign c ON c.id = t.campaign_id
JOIN uc_member_setting s ON s.member_id = m.id
WHERE s.marketing_sms = 1 AND m.status = 1 AND c.channel = 'sms' AND c.send_date = CURDATE();
