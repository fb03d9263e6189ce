-- 儿童账号 (青少年模式): 不满十四周岁的用户须由监护人开通并同意《儿童个人信息保护规则》。
CREATE TABLE `uc_child_account` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `member_id` bigint unsigned NOT NULL COMMENT '儿童会员ID',
  `guardian_member_id` bigint unsigned NOT NULL COMMENT '监护人会员ID',
  `child_nickname` varchar(32) DEFAULT NULL COMMENT '儿童昵称',
  `birth_date` date NOT NULL COMMENT '儿童出生日期',
  `is_under_14` tinyint(1) NOT NULL DEFAULT '1' COMMENT '是否不满十四周岁',
  `guardian_name` varchar(32) NOT NULL COMMENT '监护人姓名',
  `guardian_mobile` varchar(20) NOT NULL COMMENT '监护人手机号',
  `guardian_relation` varchar(16) NOT NULL COMMENT '与儿童关系: 父亲/母亲/其他监护人',
  `guardian_consent_at` datetime NOT NULL COMMENT '监护人同意时间',
  `youth_mode` tinyint(1) NOT NULL DEFAULT '1' COMMENT '青少年模式',
  `daily_minutes_limit` int NOT NULL DEFAULT '40' COMMENT '每日使用时长上限(分钟)',
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_member` (`member_id`),
  CONSTRAINT `fk_child_member` FOREIGN KEY (`member_id`) REFERENCES `uc_member` (`id`),
  CONSTRAINT `fk_child_guardian` FOREIGN KEY (`guardian_member_id`) REFERENCES `uc_member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='儿童账号与监护人';

INSERT INTO `uc_child_account` (`id`, `member_id`, `guardian_member_id`, `child_nickname`, `birth_date`, `is_under_14`, `guardian_name`, `guardian_mobile`, `guardian_relation`, `guardian_consent_at`) VALUES
(1, 10000004, 10000001, '小树苗', '2015-06-16', 1, '林小雨', '15065515016', '母亲', '2024-02-01 19:30:00');
