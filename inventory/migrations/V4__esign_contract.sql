-- 电子签约: 设计师向平台供稿前签署《作品授权协议》，由电子签名服务商完成身份核验与签署。
CREATE TABLE `esign_contract` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `contract_no` varchar(32) NOT NULL COMMENT '合同编号',
  `member_id` bigint unsigned NOT NULL COMMENT '会员ID (签署人账号)',
  `template_code` varchar(32) NOT NULL COMMENT '合同模板',
  `contract_amount` decimal(12,2) DEFAULT NULL COMMENT '合同金额(保底稿酬)',
  `term_months` int DEFAULT NULL COMMENT '合同期限(月)',
  `flow_id` varchar(64) DEFAULT NULL COMMENT '服务商签署流程ID',
  `pay_serial_no` varchar(64) DEFAULT NULL COMMENT '支付流水号',
  `status` tinyint NOT NULL DEFAULT '0' COMMENT '0签署中 1已签署 2已撤销 3已到期',
  `signed_at` datetime DEFAULT NULL COMMENT '签署时间',
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_contract_no` (`contract_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='电子合同';

CREATE TABLE `esign_signer` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `contract_id` bigint unsigned NOT NULL COMMENT '合同ID',
  `signer_name` varchar(32) NOT NULL COMMENT '签署人姓名',
  `signer_mobile` varchar(20) NOT NULL COMMENT '签署人手机号',
  `signer_address` varchar(200) DEFAULT NULL COMMENT '签署人住址',
  `id_card_no` varchar(18) NOT NULL COMMENT '签署人身份证号',
  `face_feature` blob COMMENT '人脸识别特征值',
  `bank_account_no` varchar(32) DEFAULT NULL COMMENT '收款银行账号',
  `bank_name` varchar(64) DEFAULT NULL COMMENT '开户行',
  `auth_method` varchar(16) NOT NULL COMMENT '认证方式: face/bank4/mobile3',
  `auth_flow_id` varchar(64) DEFAULT NULL COMMENT '服务商认证流水号',
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `idx_contract` (`contract_id`),
  CONSTRAINT `fk_signer_contract` FOREIGN KEY (`contract_id`) REFERENCES `esign_contract` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='电子合同签署方';

INSERT INTO `esign_signer` (`id`, `contract_id`, `signer_name`, `signer_mobile`, `signer_address`, `id_card_no`, `face_feature`, `bank_account_no`, `bank_name`, `auth_method`, `auth_flow_id`) VALUES
(1, 1, '林小雨', '15065515016', '浙江省杭州市西湖区古墩路 1 号 2 幢 301', '330106199005121233', NULL, '6222028124575078662', '中国工商银行杭州分行', 'face', 'AF202403010001'),
(2, 2, '吴建国', '19948566166', '北京市海淀区学院路 15 号', '11010819780809311X', NULL, '6222021550031031464', '中国工商银行北京海淀支行', 'bank4', 'AF202403120077');
