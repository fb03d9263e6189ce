-- 营销推送与短信: 个性化推荐开关、营销消息订阅与发送记录 (个人信息保护法第二十四条)。
CREATE TABLE `uc_member_setting` (
  `member_id` bigint unsigned NOT NULL COMMENT '会员ID',
  `personalized_recommend` tinyint(1) NOT NULL DEFAULT '1' COMMENT '个性化推荐开关',
  `marketing_push` tinyint(1) NOT NULL DEFAULT '1' COMMENT '接收营销推送',
  `marketing_sms` tinyint(1) NOT NULL DEFAULT '0' COMMENT '接收营销短信',
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='会员隐私与消息设置';

CREATE TABLE `mkt_campaign` (
  `id` int unsigned NOT NULL AUTO_INCREMENT COMMENT '营销活动ID',
  `name` varchar(64) NOT NULL COMMENT '活动名称',
  `channel` varchar(8) NOT NULL COMMENT 'push/sms',
  `template_code` varchar(32) DEFAULT NULL COMMENT '短信模板编号',
  `sms_text` varchar(300) DEFAULT NULL COMMENT '短信文案',
  `audience_rule` varchar(500) DEFAULT NULL COMMENT '人群圈选规则 (画像标签表达式)',
  `send_date` date NOT NULL COMMENT '发送日期',
  `created_by` varchar(32) NOT NULL COMMENT '运营人员',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='营销活动';

CREATE TABLE `mkt_campaign_target` (
  `campaign_id` int unsigned NOT NULL COMMENT '营销活动ID',
  `member_id` bigint unsigned NOT NULL COMMENT '会员ID',
  `segment` varchar(32) DEFAULT NULL COMMENT '命中的画像分层',
  PRIMARY KEY (`campaign_id`, `member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='营销活动目标会员';

CREATE TABLE `mkt_push_record` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `member_id` bigint unsigned NOT NULL COMMENT '会员ID',
  `push_client_id` varchar(64) NOT NULL COMMENT '推送SDK客户端ID',
  `campaign_id` int NOT NULL COMMENT '营销活动ID',
  `title` varchar(64) NOT NULL COMMENT '推送标题',
  `content` varchar(255) NOT NULL COMMENT '推送内容',
  `sent_at` datetime NOT NULL COMMENT '发送时间',
  `clicked_at` datetime DEFAULT NULL COMMENT '点击时间',
  PRIMARY KEY (`id`),
  KEY `idx_member` (`member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='App推送记录';

CREATE TABLE `mkt_sms_record` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `member_id` bigint unsigned DEFAULT NULL COMMENT '会员ID',
  `mobile` varchar(20) NOT NULL COMMENT '接收手机号',
  `template_code` varchar(32) NOT NULL COMMENT '短信模板编号',
  `content` varchar(500) NOT NULL COMMENT '短信内容',
  `biz_type` varchar(16) NOT NULL COMMENT 'verify/notice/marketing',
  `send_status` tinyint NOT NULL DEFAULT '0' COMMENT '0已提交 1成功 2失败',
  `sent_at` datetime NOT NULL COMMENT '发送时间',
  PRIMARY KEY (`id`),
  KEY `idx_mobile` (`mobile`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='短信发送记录';

-- 记录用户最近一次登录IP，用于异地登录提醒
ALTER TABLE `uc_member` ADD COLUMN `last_login_ip` varchar(45) DEFAULT NULL COMMENT '最近登录IP' AFTER `register_ip`;
