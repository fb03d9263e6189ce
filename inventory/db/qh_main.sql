-- 青禾图库 主库 qh_main 基线结构 (Flyway baseline, version 1)
-- 导出自 MySQL 8.0.35；之后的变更见 ../migrations/V2__*.sql 起。
-- 样例数据全部为虚构 (身份证号、手机号、设备号均为合成的测试值)。

SET NAMES utf8mb4;
SET FOREIGN_KEY_CHECKS = 0;

-- ----------------------------
-- 用户中心
-- ----------------------------
DROP TABLE IF EXISTS `uc_member`;
CREATE TABLE `uc_member` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '会员ID',
  `member_no` varchar(32) NOT NULL COMMENT '会员编号',
  `mobile` varchar(20) DEFAULT NULL COMMENT '手机号',
  `password_hash` varchar(100) DEFAULT NULL COMMENT '登录密码(bcrypt)',
  `nickname` varchar(64) DEFAULT NULL COMMENT '昵称',
  `avatar_url` varchar(512) DEFAULT NULL COMMENT '头像地址',
  `gender` tinyint NOT NULL DEFAULT '0' COMMENT '性别 0未知 1男 2女',
  `birthday` date DEFAULT NULL COMMENT '生日',
  `email` varchar(128) DEFAULT NULL COMMENT '邮箱',
  `register_channel` varchar(32) DEFAULT NULL COMMENT '注册渠道: sms/one_click/wechat/qq',
  `register_ip` varchar(45) DEFAULT NULL COMMENT '注册IP',
  `vip_level` tinyint NOT NULL DEFAULT '0' COMMENT '会员等级 0普通 1月卡 2年卡 3企业',
  `vip_expire_at` datetime DEFAULT NULL COMMENT '会员到期时间',
  `points_balance` int NOT NULL DEFAULT '0' COMMENT '积分余额',
  `status` tinyint NOT NULL DEFAULT '1' COMMENT '状态 1正常 2冻结 9已注销',
  `cancelled_at` datetime DEFAULT NULL COMMENT '注销时间',
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '注册时间',
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_member_no` (`member_no`),
  UNIQUE KEY `uk_mobile` (`mobile`)
) ENGINE=InnoDB AUTO_INCREMENT=10000001 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='会员账号';

INSERT INTO `uc_member` (`id`, `member_no`, `mobile`, `password_hash`, `nickname`, `avatar_url`, `gender`, `birthday`, `email`, `register_channel`, `register_ip`, `vip_level`, `vip_expire_at`, `points_balance`, `status`, `cancelled_at`, `created_at`, `updated_at`) VALUES
(10000001, 'QH2023000001', '15065515016', '$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z3/.nX/oQKZr3xGJ2dS9Wq1a', '山间小雨', 'https://img.qinghetu.example/avatar/2023/10000001.jpg', 2, '1990-05-12', 'xiaoyu.lin@mail.example', 'sms', '36.24.117.30', 2, '2025-03-01 00:00:00', 1280, 1, NULL, '2023-03-01 09:12:44', '2024-04-01 10:00:00'),
(10000002, 'QH2023000002', '15034359659', NULL, '设计狮阿杰', 'https://thirdwx.qlogo.example/mmopen/vi_32/Q0j4TwGTfTK/132', 1, '1985-11-03', NULL, 'wechat', '112.10.68.201', 1, '2024-07-15 00:00:00', 300, 1, NULL, '2023-06-15 20:31:02', '2024-04-02 08:21:00'),
(10000003, 'QH2023000003', '18657663273', '$2a$10$Xo1vQW2uR3c8m1hZt0pD3eF9nB7yK4lA6sJ2qH5wE8rT1uI0oP9aS', 'Momo', NULL, 0, NULL, NULL, 'one_click', '223.104.247.9', 0, NULL, 0, 9, '2024-02-20 11:00:00', '2023-09-09 07:45:10', '2024-02-20 11:00:00');

DROP TABLE IF EXISTS `uc_member_oauth`;
CREATE TABLE `uc_member_oauth` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `member_id` bigint unsigned NOT NULL COMMENT '会员ID',
  `platform` varchar(16) NOT NULL COMMENT '第三方平台: wechat/qq',
  `openid` varchar(64) NOT NULL COMMENT '第三方平台openid',
  `unionid` varchar(64) DEFAULT NULL COMMENT '微信unionid',
  `oauth_nickname` varchar(64) DEFAULT NULL COMMENT '第三方昵称',
  `oauth_avatar` varchar(512) DEFAULT NULL COMMENT '第三方头像',
  `access_token` varchar(255) DEFAULT NULL COMMENT '授权访问令牌',
  `refresh_token` varchar(255) DEFAULT NULL COMMENT '刷新令牌',
  `token_expire_at` datetime DEFAULT NULL COMMENT '令牌过期时间',
  `bind_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '绑定时间',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_platform_openid` (`platform`, `openid`),
  KEY `idx_member` (`member_id`),
  CONSTRAINT `fk_oauth_member` FOREIGN KEY (`member_id`) REFERENCES `uc_member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='第三方账号绑定';

INSERT INTO `uc_member_oauth` VALUES
(1, 10000002, 'wechat', 'oQhYA8WiVtV0GSqSXb2nlT1I3R-d', 'o6_1F5OJn7jGYi9b6x6aOpAYO6Z-', '阿杰', 'https://thirdwx.qlogo.example/mmopen/vi_32/Q0j4TwGTfTK/132', 'redacted-access-token', 'redacted-refresh-token', '2024-04-02 10:21:00', '2023-06-15 20:31:02'),
(2, 10000001, 'qq', '0B1251C1562212CEE7DC42AD98D72FAD', NULL, '小雨', 'https://qzapp.qlogo.example/qzapp/101/0B1251C1/100', 'redacted-access-token', NULL, '2024-05-01 00:00:00', '2023-04-11 18:02:51');

DROP TABLE IF EXISTS `uc_sms_code`;
CREATE TABLE `uc_sms_code` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `mobile` varchar(20) NOT NULL COMMENT '接收手机号',
  `code` varchar(8) NOT NULL COMMENT '短信验证码',
  `scene` varchar(16) NOT NULL COMMENT '场景: login/register/bind/cancel',
  `send_ip` varchar(45) DEFAULT NULL COMMENT '请求IP',
  `expire_at` datetime NOT NULL COMMENT '过期时间',
  `used` tinyint(1) NOT NULL DEFAULT '0' COMMENT '是否已使用',
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `idx_mobile_scene` (`mobile`, `scene`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='短信验证码';

DROP TABLE IF EXISTS `uc_login_log`;
CREATE TABLE `uc_login_log` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `member_id` bigint unsigned NOT NULL COMMENT '会员ID',
  `login_type` varchar(16) NOT NULL COMMENT '登录方式: sms/one_click/wechat/qq/password',
  `login_ip` varchar(45) DEFAULT NULL COMMENT '登录IP',
  `device_id` varchar(64) DEFAULT NULL COMMENT '设备ID',
  `user_agent` varchar(512) DEFAULT NULL COMMENT 'UA',
  `carrier` varchar(16) DEFAULT NULL COMMENT '一键登录运营商: cmcc/cucc/ctcc',
  `result` tinyint NOT NULL DEFAULT '1' COMMENT '1成功 0失败',
  `login_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '登录时间',
  PRIMARY KEY (`id`),
  KEY `idx_member_time` (`member_id`, `login_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='登录日志';

INSERT INTO `uc_login_log` VALUES
(1, 10000001, 'sms', '36.24.117.30', 'a5d5fd4c-6aa8-d313-e65e-ae2c464e9a3e', 'QingheApp/5.2.0 (Android 13; V2183A)', NULL, 1, '2024-04-01 09:00:01'),
(2, 10000003, 'one_click', '223.104.247.9', 'e94b85a5-d099-0798-c846-bad732cf7759', 'QingheApp/5.1.3 (Android 12; PGKM10)', 'cmcc', 1, '2024-01-18 22:10:45'),
(3, 10000002, 'wechat', '112.10.68.201', '7658F869-0CDB-9FBF-2F06-CB379EAEA236', 'QingheApp/5.2.0 (iOS 17.4; iPhone14,2)', NULL, 1, '2024-04-02 08:20:13');

-- ----------------------------
-- 设备
-- ----------------------------
DROP TABLE IF EXISTS `uc_device`;
CREATE TABLE `uc_device` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `member_id` bigint unsigned DEFAULT NULL COMMENT '会员ID (游客为空)',
  `device_id` varchar(64) NOT NULL COMMENT '设备ID (客户端生成)',
  `platform` varchar(16) NOT NULL COMMENT 'android/ios/web',
  `device_brand` varchar(32) DEFAULT NULL COMMENT '设备品牌',
  `device_model` varchar(64) DEFAULT NULL COMMENT '设备型号',
  `os_version` varchar(32) DEFAULT NULL COMMENT '系统版本',
  `app_version` varchar(16) DEFAULT NULL COMMENT 'App版本',
  `imei` varchar(20) DEFAULT NULL COMMENT 'IMEI',
  `oaid` varchar(64) DEFAULT NULL COMMENT 'OAID',
  `android_id` varchar(32) DEFAULT NULL COMMENT 'Android ID',
  `idfa` varchar(40) DEFAULT NULL COMMENT 'IDFA',
  `mac_address` varchar(17) DEFAULT NULL COMMENT 'MAC地址',
  `push_client_id` varchar(64) DEFAULT NULL COMMENT '推送SDK客户端ID',
  `network_type` varchar(8) DEFAULT NULL COMMENT '网络类型',
  `first_seen_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '首次启动时间',
  `last_seen_at` datetime DEFAULT NULL COMMENT '最近启动时间',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_device_id` (`device_id`),
  KEY `idx_member` (`member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='设备信息';

INSERT INTO `uc_device` VALUES
(1, 10000001, 'a5d5fd4c-6aa8-d313-e65e-ae2c464e9a3e', 'android', 'vivo', 'V2183A', '13', '5.2.0', '861773470405861', 'a5d5fd4c-6aa8-d313-e65e-ae2c464e9a3e', '6b135385b65ec3dc', NULL, '7D:DE:6E:E9:D4:98', 'c7f1e0b2a9d84c3e', 'wifi', '2023-03-01 09:10:00', '2024-04-01 09:00:00'),
(2, 10000003, 'e94b85a5-d099-0798-c846-bad732cf7759', 'android', 'OPPO', 'PGKM10', '12', '5.1.3', '864016789878973', 'e94b85a5-d099-0798-c846-bad732cf7759', 'ba5a560dea6db045', NULL, '5C:B6:22:9A:28:EE', '1f0a8e3b7d2c4a59', '4g', '2023-09-09 07:44:00', '2024-01-18 22:10:00'),
(3, 10000002, '7658F869-0CDB-9FBF-2F06-CB379EAEA236', 'ios', 'Apple', 'iPhone14,2', '17.4', '5.2.0', NULL, NULL, NULL, '7658F869-0CDB-9FBF-2F06-CB379EAEA236', NULL, '9e8d7c6b5a4f3e2d', 'wifi', '2023-06-15 20:29:00', '2024-04-02 08:20:00');

-- ----------------------------
-- 访问与搜索日志
-- ----------------------------
DROP TABLE IF EXISTS `log_access`;
CREATE TABLE `log_access` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `member_id` bigint unsigned DEFAULT NULL COMMENT '会员ID',
  `visitor_id` varchar(64) DEFAULT NULL COMMENT '访客Cookie标识',
  `device_id` varchar(64) DEFAULT NULL COMMENT '设备ID',
  `client_ip` varchar(45) DEFAULT NULL COMMENT '客户端IP',
  `page_url` varchar(1024) NOT NULL COMMENT '访问页面URL',
  `referer` varchar(1024) DEFAULT NULL COMMENT '来源页面',
  `user_agent` varchar(512) DEFAULT NULL,
  `stay_ms` int DEFAULT NULL COMMENT '停留时长(毫秒)',
  `access_time` datetime(3) NOT NULL COMMENT '访问时间',
  PRIMARY KEY (`id`),
  KEY `idx_member_time` (`member_id`, `access_time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='访问日志 (按月归档)';

DROP TABLE IF EXISTS `log_search`;
CREATE TABLE `log_search` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `member_id` bigint unsigned DEFAULT NULL COMMENT '会员ID',
  `visitor_id` varchar(64) DEFAULT NULL COMMENT '访客Cookie标识',
  `keyword` varchar(128) NOT NULL COMMENT '搜索词',
  `search_type` varchar(16) DEFAULT NULL COMMENT '素材类型: photo/vector/template/font',
  `result_count` int DEFAULT NULL COMMENT '结果数',
  `client_ip` varchar(45) DEFAULT NULL COMMENT '客户端IP',
  `searched_at` datetime NOT NULL COMMENT '搜索时间',
  PRIMARY KEY (`id`),
  KEY `idx_member` (`member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='搜索日志';

-- ----------------------------
-- 素材、收藏与下载
-- ----------------------------
DROP TABLE IF EXISTS `content_material`;
CREATE TABLE `content_material` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '素材ID',
  `title` varchar(200) NOT NULL COMMENT '素材标题',
  `category_id` int NOT NULL COMMENT '分类ID',
  `style_tags` varchar(255) DEFAULT NULL COMMENT '风格标签',
  `file_format` varchar(16) NOT NULL COMMENT '文件格式 psd/ai/cdr/jpg',
  `price` decimal(10,2) NOT NULL DEFAULT '0.00' COMMENT '单张售价',
  `status` tinyint NOT NULL DEFAULT '1' COMMENT '1上架 0下架',
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='素材';

DROP TABLE IF EXISTS `content_favorite`;
CREATE TABLE `content_favorite` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `member_id` bigint unsigned NOT NULL COMMENT '会员ID',
  `material_id` bigint unsigned NOT NULL COMMENT '素材ID',
  `folder_name` varchar(64) DEFAULT NULL COMMENT '收藏夹名称',
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '收藏时间',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_member_material` (`member_id`, `material_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='用户收藏记录';

DROP TABLE IF EXISTS `content_download`;
CREATE TABLE `content_download` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `member_id` bigint unsigned NOT NULL COMMENT '会员ID',
  `material_id` bigint unsigned NOT NULL COMMENT '素材ID',
  `license_type` varchar(16) NOT NULL COMMENT '授权类型: personal/commercial',
  `download_ip` varchar(45) DEFAULT NULL COMMENT '下载IP',
  `downloaded_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '下载时间',
  PRIMARY KEY (`id`),
  KEY `idx_member_time` (`member_id`, `downloaded_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='用户下载记录';

-- ----------------------------
-- 订单与支付
-- ----------------------------
DROP TABLE IF EXISTS `oms_order`;
CREATE TABLE `oms_order` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `order_no` varchar(32) NOT NULL COMMENT '订单编号',
  `member_id` bigint unsigned NOT NULL COMMENT '会员ID',
  `order_type` varchar(16) NOT NULL COMMENT '订单类型: vip/material/merch(周边实物)',
  `product_name` varchar(128) NOT NULL COMMENT '商品名称',
  `total_amount` decimal(10,2) NOT NULL COMMENT '订单总金额',
  `coupon_amount` decimal(10,2) NOT NULL DEFAULT '0.00' COMMENT '优惠券抵扣金额',
  `points_amount` decimal(10,2) NOT NULL DEFAULT '0.00' COMMENT '积分抵扣金额',
  `pay_amount` decimal(10,2) NOT NULL COMMENT '实付金额',
  `pay_channel` varchar(16) DEFAULT NULL COMMENT '支付方式: alipay/wechat',
  `status` tinyint NOT NULL DEFAULT '0' COMMENT '0待支付 1已支付 2已发货 3已完成 4已关闭 5已退款',
  `receiver_name` varchar(32) DEFAULT NULL COMMENT '收货人姓名',
  `receiver_phone` varchar(20) DEFAULT NULL COMMENT '收货人电话',
  `receiver_province` varchar(16) DEFAULT NULL COMMENT '省份',
  `receiver_city` varchar(16) DEFAULT NULL COMMENT '城市',
  `receiver_district` varchar(16) DEFAULT NULL COMMENT '区县',
  `receiver_detail_address` varchar(200) DEFAULT NULL COMMENT '详细地址',
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '下单时间',
  `paid_at` datetime DEFAULT NULL COMMENT '支付时间',
  `completed_at` datetime DEFAULT NULL COMMENT '交易完成时间',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_order_no` (`order_no`),
  KEY `idx_member` (`member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='订单';

INSERT INTO `oms_order` VALUES
(1, 'O202403150001', 10000001, 'vip', '年卡会员', 298.00, 20.00, 0.00, 278.00, 'alipay', 3, NULL, NULL, NULL, NULL, NULL, NULL, '2024-03-15 10:00:00', '2024-03-15 10:01:12', '2024-03-15 10:01:12'),
(2, 'O202404020007', 10000002, 'merch', '青禾手账本礼盒', 89.00, 0.00, 3.00, 86.00, 'wechat', 2, '周子杰', '13979184312', '浙江省', '杭州市', '西湖区', '文三路 88 号 3 单元 1201', '2024-04-02 08:25:00', '2024-04-02 08:25:40', NULL);

DROP TABLE IF EXISTS `pay_transaction`;
CREATE TABLE `pay_transaction` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `order_no` varchar(32) NOT NULL COMMENT '订单编号',
  `member_id` bigint unsigned NOT NULL COMMENT '会员ID',
  `channel` varchar(16) NOT NULL COMMENT '支付渠道: alipay/wechat',
  `out_trade_no` varchar(64) NOT NULL COMMENT '商户支付流水号',
  `channel_trade_no` varchar(64) DEFAULT NULL COMMENT '渠道交易号',
  `alipay_user_id` varchar(32) DEFAULT NULL COMMENT '支付宝用户ID (buyer_id)',
  `wx_openid` varchar(64) DEFAULT NULL COMMENT '微信支付用户openid',
  `amount` decimal(10,2) NOT NULL COMMENT '支付金额',
  `refund_amount` decimal(10,2) NOT NULL DEFAULT '0.00' COMMENT '退款金额',
  `status` tinyint NOT NULL DEFAULT '0' COMMENT '0待支付 1成功 2失败 3已退款',
  `notify_payload` json DEFAULT NULL COMMENT '支付回调原文',
  `paid_at` datetime DEFAULT NULL COMMENT '支付成功时间',
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_out_trade_no` (`out_trade_no`),
  KEY `idx_order` (`order_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='支付流水';

INSERT INTO `pay_transaction` VALUES
(1, 'O202403150001', 10000001, 'alipay', 'P20240315100001', '2024031522001408040512345678', '2088425131908040', NULL, 278.00, 0.00, 1, NULL, '2024-03-15 10:01:12', '2024-03-15 10:00:05'),
(2, 'O202404020007', 10000002, 'wechat', 'P20240402082501', '4200002153202404021234567890', NULL, 'oQhv7XFSv7N692kHUTO2rfxbVvRL', 86.00, 0.00, 1, NULL, '2024-04-02 08:25:40', '2024-04-02 08:25:02');

-- ----------------------------
-- 客户服务
-- ----------------------------
DROP TABLE IF EXISTS `cs_ticket`;
CREATE TABLE `cs_ticket` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `ticket_no` varchar(32) NOT NULL COMMENT '工单编号',
  `member_id` bigint unsigned DEFAULT NULL COMMENT '会员ID',
  `contact_name` varchar(32) DEFAULT NULL COMMENT '联系人姓名',
  `contact_phone` varchar(20) DEFAULT NULL COMMENT '联系电话',
  `contact_email` varchar(128) DEFAULT NULL COMMENT '联系邮箱',
  `category` varchar(16) NOT NULL COMMENT '类型: complaint/appeal/consult/privacy',
  `subject` varchar(200) NOT NULL COMMENT '标题',
  `description` text COMMENT '问题描述',
  `attachment_urls` varchar(2000) DEFAULT NULL COMMENT '截图附件',
  `agent_id` int DEFAULT NULL COMMENT '处理客服工号',
  `status` tinyint NOT NULL DEFAULT '0' COMMENT '0待处理 1处理中 2已解决 3已关闭',
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `closed_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_ticket_no` (`ticket_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='客服工单';

DROP TABLE IF EXISTS `cs_ticket_message`;
CREATE TABLE `cs_ticket_message` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `ticket_id` bigint unsigned NOT NULL COMMENT '工单ID',
  `sender_type` tinyint NOT NULL COMMENT '1用户 2客服',
  `content` text NOT NULL COMMENT '沟通内容',
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `idx_ticket` (`ticket_id`),
  CONSTRAINT `fk_msg_ticket` FOREIGN KEY (`ticket_id`) REFERENCES `cs_ticket` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='工单沟通记录';

DROP TABLE IF EXISTS `cs_call_record`;
CREATE TABLE `cs_call_record` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `ticket_id` bigint unsigned DEFAULT NULL COMMENT '关联工单ID',
  `member_id` bigint unsigned DEFAULT NULL COMMENT '会员ID',
  `caller_number` varchar(20) NOT NULL COMMENT '来电号码',
  `agent_id` int DEFAULT NULL COMMENT '接听客服工号',
  `recording_url` varchar(512) DEFAULT NULL COMMENT '通话录音地址',
  `duration_sec` int DEFAULT NULL COMMENT '通话时长(秒)',
  `started_at` datetime NOT NULL COMMENT '通话开始时间',
  PRIMARY KEY (`id`),
  KEY `idx_ticket` (`ticket_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='客服通话记录';

SET FOREIGN_KEY_CHECKS = 1;
