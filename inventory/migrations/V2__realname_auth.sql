-- 实名认证: 依《网络安全法》第二十四条，发布作品和提现前须完成实名认证。
-- 证件号与姓名提交至公民身份信息核查服务比对；本地仅保存核验结果所需的姓名与证件号。
CREATE TABLE `uc_realname_auth` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `member_id` bigint unsigned NOT NULL COMMENT '会员ID',
  `real_name` varchar(32) NOT NULL COMMENT '真实姓名',
  `id_card_no` varchar(18) NOT NULL COMMENT '身份证号码',
  `verify_channel` varchar(16) NOT NULL DEFAULT 'nciic' COMMENT '核验渠道',
  `verify_result` tinyint NOT NULL COMMENT '1一致 2不一致 3库中无此号',
  `verify_serial_no` varchar(64) DEFAULT NULL COMMENT '核验流水号',
  `verified_at` datetime NOT NULL COMMENT '核验时间',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_member` (`member_id`),
  CONSTRAINT `fk_realname_member` FOREIGN KEY (`member_id`) REFERENCES `uc_member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='实名认证记录';

INSERT INTO `uc_realname_auth` (`id`, `member_id`, `real_name`, `id_card_no`, `verify_channel`, `verify_result`, `verify_serial_no`, `verified_at`) VALUES
(1, 10000001, '林小雨', '330106199005121233', 'nciic', 1, 'NC20240301000183', '2024-03-01 10:20:00'),
(2, 10000002, '周子杰', '310115198511034560', 'nciic', 1, 'NC20240402000921', '2024-04-02 09:00:00');
