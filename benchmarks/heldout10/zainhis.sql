-- source: ZainZhao/HIS document/mysql/his.sql @ b7fb98d2ff47edc97d48f00d7d140ad40967a78a (outpatient hospital information system, Apache-2.0 per README "许可证"); all 38 DROP/CREATE TABLE statements verbatim with their "Table structure" comments; the file header, the SET line and the "Records" INSERT section (settlement categories, case templates, ICD disease list, drugs, staff with hashes, schedules) dropped. Chinese table comments only: the columns carry no comments upstream

-- ----------------------------
--  Table structure for `bms_bills_record`
-- ----------------------------
DROP TABLE IF EXISTS `bms_bills_record`;
CREATE TABLE `bms_bills_record` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `type` int(3) DEFAULT NULL,
  `bill_no` varchar(64) DEFAULT NULL,
  `create_time` datetime DEFAULT NULL,
  `status` int(1) DEFAULT NULL,
  `invoice_num` int(2) DEFAULT NULL,
  `registration_id` bigint(20) DEFAULT NULL,
  `record_list` varchar(300) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='医院账单流水表';

-- ----------------------------
--  Table structure for `bms_invoice_exp`
-- ----------------------------
DROP TABLE IF EXISTS `bms_invoice_exp`;
CREATE TABLE `bms_invoice_exp` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `code` varchar(64) DEFAULT NULL,
  `type` int(1) DEFAULT NULL,
  `name` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='费用科目表';

-- ----------------------------
--  Table structure for `bms_invoice_record`
-- ----------------------------
DROP TABLE IF EXISTS `bms_invoice_record`;
CREATE TABLE `bms_invoice_record` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `create_time` datetime DEFAULT NULL,
  `invoice_no` bigint(20) DEFAULT NULL,
  `bill_id` bigint(20) DEFAULT NULL,
  `amount` decimal(12,2) DEFAULT NULL,
  `freeze_status` int(1) DEFAULT NULL,
  `associate_id` bigint(20) DEFAULT NULL,
  `operator_id` bigint(20) DEFAULT NULL,
  `settlement_cat_id` bigint(20) DEFAULT NULL,
  `settle_record_id` bigint(20) DEFAULT NULL,
  `item_list` varchar(300) DEFAULT NULL,
  `type` int(1) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='发票表';

-- ----------------------------
--  Table structure for `bms_operator_settle_record`
-- ----------------------------
DROP TABLE IF EXISTS `bms_operator_settle_record`;
CREATE TABLE `bms_operator_settle_record` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `start_datetime` datetime DEFAULT NULL,
  `end_datetime` datetime DEFAULT NULL,
  `create_datetime` datetime DEFAULT NULL,
  `cashier_id` bigint(20) DEFAULT NULL,
  `invoice_num` bigint(20) DEFAULT NULL,
  `rush_invoice_num` bigint(20) DEFAULT NULL,
  `reprint_invoice_num` bigint(20) DEFAULT NULL,
  `start_end_invoice_id_str` varchar(300) DEFAULT NULL,
  `rush_invoice_id_list_str` varchar(300) DEFAULT NULL,
  `reprint_invoice_id_list_str` varchar(300) DEFAULT NULL,
  `medicine_amount` decimal(12,2) DEFAULT NULL,
  `herbal_amount` decimal(12,2) DEFAULT NULL,
  `check_amount` decimal(12,2) DEFAULT NULL,
  `disposition_amount` decimal(12,2) DEFAULT NULL,
  `registration_amount` decimal(12,2) DEFAULT NULL,
  `test_amount` decimal(12,2) DEFAULT NULL,
  `amount` decimal(12,2) DEFAULT NULL,
  `cash_amount` decimal(12,2) DEFAULT NULL,
  `insurance_amount` decimal(12,2) DEFAULT NULL,
  `bank_card_amount` decimal(12,2) DEFAULT NULL,
  `alipay_amount` decimal(12,2) DEFAULT NULL,
  `wechat_amount` decimal(12,2) DEFAULT NULL,
  `credit_card_amount` decimal(12,2) DEFAULT NULL,
  `other_amount` decimal(12,2) DEFAULT NULL,
  `verify_operator_id` bigint(20) DEFAULT NULL,
  `verify_datetime` datetime DEFAULT NULL,
  `verify_status` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='收费员日结表';

-- ----------------------------
--  Table structure for `bms_settlement_cat`
-- ----------------------------
DROP TABLE IF EXISTS `bms_settlement_cat`;
CREATE TABLE `bms_settlement_cat` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) DEFAULT NULL,
  `status` int(1) DEFAULT NULL,
  `code` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=8 DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='j结算类别';

-- ----------------------------
--  Table structure for `dms_case_history`
-- ----------------------------
DROP TABLE IF EXISTS `dms_case_history`;
CREATE TABLE `dms_case_history` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `chief_complaint` varchar(1000) DEFAULT NULL,
  `history_of_present_illness` varchar(1000) DEFAULT NULL,
  `history_of_treatment` varchar(1000) DEFAULT NULL,
  `past_history` varchar(1000) DEFAULT NULL,
  `allergies` varchar(1000) DEFAULT NULL,
  `health_checkup` varchar(1000) DEFAULT NULL,
  `registration_id` bigint(20) DEFAULT NULL,
  `priliminary_dise_str_list` varchar(300) DEFAULT NULL,
  `start_date` datetime DEFAULT NULL,
  `name` varchar(64) DEFAULT NULL,
  `gender` int(1) DEFAULT NULL,
  `age_str` varchar(64) DEFAULT NULL,
  `check_str_list` varchar(300) DEFAULT NULL,
  `disposition_str_list` varchar(300) DEFAULT NULL,
  `herbal_prescription_str_list` varchar(300) DEFAULT NULL,
  `create_time` datetime DEFAULT NULL,
  `definite_dise_str_list` varchar(300) DEFAULT NULL,
  `patient_id` bigint(20) DEFAULT NULL,
  `test_str_list` varchar(300) DEFAULT NULL,
  `medicine_prescription_str_list` varchar(300) DEFAULT NULL,
  `status` int(11) DEFAULT NULL,
  `priliminary_dise_id_list` varchar(300) DEFAULT NULL,
  `check_result` varchar(300) DEFAULT NULL,
  `test_result` varchar(300) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='病历表';

-- ----------------------------
--  Table structure for `dms_case_model`
-- ----------------------------
DROP TABLE IF EXISTS `dms_case_model`;
CREATE TABLE `dms_case_model` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `chief_complaint` varchar(300) DEFAULT NULL,
  `history_of_present_illness` varchar(300) DEFAULT NULL,
  `history_of_treatment` varchar(300) DEFAULT NULL,
  `past_history` varchar(300) DEFAULT NULL,
  `allergies` varchar(300) DEFAULT NULL,
  `health_checkup` varchar(300) DEFAULT NULL,
  `priliminary_dise_id_list` varchar(300) DEFAULT NULL,
  `priliminary_dise_str_list` varchar(300) DEFAULT NULL,
  `name` varchar(64) DEFAULT NULL,
  `status` int(1) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=8 DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='病历模版表';

-- ----------------------------
--  Table structure for `dms_case_model_catalog`
-- ----------------------------
DROP TABLE IF EXISTS `dms_case_model_catalog`;
CREATE TABLE `dms_case_model_catalog` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `parent_id` bigint(20) DEFAULT NULL,
  `level` int(1) DEFAULT NULL,
  `type` int(1) DEFAULT NULL,
  `status` int(1) DEFAULT NULL,
  `model_id` bigint(20) DEFAULT NULL,
  `scope` int(20) DEFAULT NULL,
  `own_id` bigint(20) DEFAULT NULL,
  `create_time` datetime DEFAULT NULL,
  `name` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=21 DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='病例模版目录表\n';

-- ----------------------------
--  Table structure for `dms_dise`
-- ----------------------------
DROP TABLE IF EXISTS `dms_dise`;
CREATE TABLE `dms_dise` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `cat_id` bigint(20) DEFAULT NULL,
  `code` varchar(64) DEFAULT NULL,
  `name` varchar(300) DEFAULT NULL,
  `ICD` varchar(64) DEFAULT NULL,
  `status` int(1) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=29396 DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='诊断类型（疾病）表';

-- ----------------------------
--  Table structure for `dms_dise_catalog`
-- ----------------------------
DROP TABLE IF EXISTS `dms_dise_catalog`;
CREATE TABLE `dms_dise_catalog` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) DEFAULT NULL,
  `status` int(1) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=483 DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='诊断类型（疾病）目录表';

-- ----------------------------
--  Table structure for `dms_dosage`
-- ----------------------------
DROP TABLE IF EXISTS `dms_dosage`;
CREATE TABLE `dms_dosage` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `code` varchar(64) DEFAULT NULL,
  `name` varchar(64) DEFAULT NULL,
  `status` int(1) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=165 DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='药品剂型表';

-- ----------------------------
--  Table structure for `dms_drug`
-- ----------------------------
DROP TABLE IF EXISTS `dms_drug`;
CREATE TABLE `dms_drug` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `code` varchar(64) DEFAULT NULL,
  `name` varchar(64) DEFAULT NULL,
  `format` varchar(64) DEFAULT NULL,
  `price` decimal(12,2) DEFAULT NULL,
  `unit` varchar(64) DEFAULT NULL,
  `manufacturer` varchar(64) DEFAULT NULL,
  `dosage_id` bigint(20) DEFAULT NULL,
  `type_id` bigint(20) DEFAULT NULL,
  `mnemonic_code` varchar(64) DEFAULT NULL,
  `create_date` datetime DEFAULT NULL,
  `stock` bigint(20) DEFAULT NULL,
  `generic_name` varchar(64) DEFAULT NULL,
  `status` int(1) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=2967 DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='药品项目表（包括了重要、中成药、草药）';

-- ----------------------------
--  Table structure for `dms_drug_model`
-- ----------------------------
DROP TABLE IF EXISTS `dms_drug_model`;
CREATE TABLE `dms_drug_model` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `status` int(1) DEFAULT NULL,
  `name` varchar(64) DEFAULT NULL,
  `scope` int(1) DEFAULT NULL,
  `own_id` bigint(20) DEFAULT NULL,
  `aim` varchar(300) DEFAULT NULL,
  `create_time` datetime DEFAULT NULL,
  `code` varchar(64) DEFAULT NULL,
  `type` int(1) DEFAULT NULL,
  `pair_num` bigint(20) DEFAULT NULL,
  `frequency` int(2) DEFAULT NULL,
  `therapy` varchar(64) DEFAULT NULL,
  `therapy_details` varchar(300) DEFAULT NULL,
  `medical_advice` varchar(300) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='药品模版表';

-- ----------------------------
--  Table structure for `dms_drug_refund_item_record`
-- ----------------------------
DROP TABLE IF EXISTS `dms_drug_refund_item_record`;
CREATE TABLE `dms_drug_refund_item_record` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `status` int(1) DEFAULT NULL,
  `type` int(1) DEFAULT NULL,
  `registration_id` bigint(20) DEFAULT NULL,
  `drug_id` bigint(20) DEFAULT NULL,
  `refund_num_unit` int(2) DEFAULT NULL,
  `refund_num` bigint(20) DEFAULT NULL,
  `refund_time` datetime DEFAULT NULL,
  `excutor_id` bigint(20) DEFAULT NULL,
  `refund_item_record_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='退药项记录表';

-- ----------------------------
--  Table structure for `dms_herbal_item_record`
-- ----------------------------
DROP TABLE IF EXISTS `dms_herbal_item_record`;
CREATE TABLE `dms_herbal_item_record` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `status` int(1) DEFAULT NULL,
  `prescription_id` bigint(20) DEFAULT NULL,
  `medical_advice` varchar(300) DEFAULT NULL,
  `footnote` varchar(300) DEFAULT NULL,
  `drug_id` bigint(20) DEFAULT NULL,
  `usage_num` bigint(20) DEFAULT NULL,
  `usage_num_unit` int(2) DEFAULT NULL,
  `total_num` bigint(20) DEFAULT NULL,
  `current_num` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='草药项记录表';

-- ----------------------------
--  Table structure for `dms_herbal_model_item`
-- ----------------------------
DROP TABLE IF EXISTS `dms_herbal_model_item`;
CREATE TABLE `dms_herbal_model_item` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `status` int(1) DEFAULT NULL,
  `footnote` varchar(300) DEFAULT NULL,
  `drug_id` bigint(20) DEFAULT NULL,
  `usage_num` bigint(20) DEFAULT NULL,
  `usage_num_unit` int(2) DEFAULT NULL,
  `model_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='草药模版项表';

-- ----------------------------
--  Table structure for `dms_herbal_prescription_record`
-- ----------------------------
DROP TABLE IF EXISTS `dms_herbal_prescription_record`;
CREATE TABLE `dms_herbal_prescription_record` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `status` int(1) DEFAULT NULL,
  `create_time` datetime DEFAULT NULL,
  `amount` decimal(12,2) DEFAULT NULL,
  `name` varchar(64) DEFAULT NULL,
  `therapy` varchar(64) DEFAULT NULL,
  `therapy_details` varchar(300) DEFAULT NULL,
  `medical_advice` varchar(300) DEFAULT NULL,
  `pair_num` bigint(20) DEFAULT NULL,
  `registration_id` bigint(20) DEFAULT NULL,
  `frequency` int(2) DEFAULT NULL,
  `usage_means` int(2) DEFAULT NULL,
  `type` int(1) DEFAULT NULL,
  `create_staff_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='草处方表';

-- ----------------------------
--  Table structure for `dms_medicine_item_record`
-- ----------------------------
DROP TABLE IF EXISTS `dms_medicine_item_record`;
CREATE TABLE `dms_medicine_item_record` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `drug_id` bigint(20) DEFAULT NULL,
  `status` int(1) DEFAULT NULL,
  `prescription_id` bigint(20) DEFAULT NULL,
  `medicine_usage` int(1) DEFAULT NULL,
  `frequency` int(2) DEFAULT NULL,
  `days` bigint(20) DEFAULT NULL,
  `num` bigint(20) DEFAULT NULL,
  `medical_advice` varchar(300) DEFAULT NULL,
  `refund_num` bigint(20) DEFAULT NULL,
  `usage_num` bigint(20) DEFAULT NULL,
  `usage_means` int(2) DEFAULT NULL,
  `usage_num_unit` int(2) DEFAULT NULL,
  `current_num` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='成药项记录表';

-- ----------------------------
--  Table structure for `dms_medicine_model_item`
-- ----------------------------
DROP TABLE IF EXISTS `dms_medicine_model_item`;
CREATE TABLE `dms_medicine_model_item` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `model_id` bigint(20) DEFAULT NULL,
  `status` int(1) DEFAULT NULL,
  `drug_id` bigint(20) DEFAULT NULL,
  `medicine_usage` int(1) DEFAULT NULL,
  `frequency` int(2) DEFAULT NULL,
  `days` bigint(20) DEFAULT NULL,
  `num` bigint(20) DEFAULT NULL,
  `medical_advice` varchar(300) DEFAULT NULL,
  `usage_num` bigint(20) DEFAULT NULL,
  `usage_means` int(2) DEFAULT NULL,
  `usage_num_unit` int(2) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='成药模版项';

-- ----------------------------
--  Table structure for `dms_medicine_prescription_record`
-- ----------------------------
DROP TABLE IF EXISTS `dms_medicine_prescription_record`;
CREATE TABLE `dms_medicine_prescription_record` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `status` int(1) DEFAULT NULL,
  `create_time` datetime DEFAULT NULL,
  `amount` decimal(12,2) DEFAULT NULL,
  `name` varchar(64) DEFAULT NULL,
  `registration_id` bigint(20) DEFAULT NULL,
  `refund_status` bigint(20) DEFAULT NULL,
  `type` int(1) DEFAULT NULL,
  `create_staff_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='成药处方表';

-- ----------------------------
--  Table structure for `dms_non_drug`
-- ----------------------------
DROP TABLE IF EXISTS `dms_non_drug`;
CREATE TABLE `dms_non_drug` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `code` varchar(64) DEFAULT NULL,
  `name` varchar(64) DEFAULT NULL,
  `format` varchar(64) DEFAULT NULL,
  `price` decimal(12,2) DEFAULT NULL,
  `exp_class_id` bigint(20) DEFAULT NULL,
  `mnemonic_code` varchar(64) DEFAULT NULL,
  `record_type` int(1) DEFAULT NULL,
  `create_date` datetime DEFAULT NULL,
  `status` int(1) DEFAULT NULL,
  `dept_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=57 DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='非药品收费项目表';

-- ----------------------------
--  Table structure for `dms_non_drug_item_record`
-- ----------------------------
DROP TABLE IF EXISTS `dms_non_drug_item_record`;
CREATE TABLE `dms_non_drug_item_record` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `registration_id` bigint(20) DEFAULT NULL,
  `status` int(1) DEFAULT NULL,
  `aim` varchar(300) DEFAULT NULL,
  `demand` varchar(300) DEFAULT NULL,
  `log_status` int(1) DEFAULT NULL,
  `check_result` varchar(300) DEFAULT NULL,
  `result_img_url_list` varchar(300) DEFAULT NULL,
  `clinical_impression` varchar(300) DEFAULT NULL,
  `clinical_diagnosis` varchar(300) DEFAULT NULL,
  `create_time` datetime DEFAULT NULL,
  `excute_staff_id` bigint(20) DEFAULT NULL,
  `log_datetime` datetime DEFAULT NULL,
  `no_drug_id` bigint(20) DEFAULT NULL,
  `check_parts` varchar(64) DEFAULT NULL,
  `type` int(1) DEFAULT NULL,
  `excute_dept_id` bigint(20) DEFAULT NULL,
  `create_staff_id` bigint(20) DEFAULT NULL,
  `log_staff_id` bigint(20) DEFAULT NULL,
  `excute_time` datetime DEFAULT NULL,
  `amount` decimal(12,2) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='检查项检验项处置项记录表(开立的)';

-- ----------------------------
--  Table structure for `dms_non_drug_model`
-- ----------------------------
DROP TABLE IF EXISTS `dms_non_drug_model`;
CREATE TABLE `dms_non_drug_model` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `status` int(1) DEFAULT NULL,
  `name` varchar(64) DEFAULT NULL,
  `non_drug_id_list` varchar(300) DEFAULT NULL,
  `scope` int(1) DEFAULT NULL,
  `own_id` bigint(20) DEFAULT NULL,
  `aim` varchar(300) DEFAULT NULL,
  `create_time` datetime DEFAULT NULL,
  `code` varchar(64) DEFAULT NULL,
  `type` int(1) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=7 DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='非药品模版表';

-- ----------------------------
--  Table structure for `dms_registration`
-- ----------------------------
DROP TABLE IF EXISTS `dms_registration`;
CREATE TABLE `dms_registration` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `patient_id` bigint(20) DEFAULT NULL,
  `create_time` datetime DEFAULT NULL,
  `end_attendance` int(1) DEFAULT NULL,
  `status` int(1) DEFAULT NULL,
  `skd_id` bigint(20) DEFAULT NULL,
  `need_book` int(1) DEFAULT NULL,
  `bind_status` int(1) DEFAULT NULL,
  `dept_id` bigint(20) DEFAULT NULL,
  `attendance_date` datetime DEFAULT NULL,
  `patient_age_str` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='就诊(门诊)信息表（一个病人一个病历号，多次就诊，多次就诊信息），也可以看作医院的挂号表\n挂了号相当于开了一';

-- ----------------------------
--  Table structure for `pms_patient`
-- ----------------------------
DROP TABLE IF EXISTS `pms_patient`;
CREATE TABLE `pms_patient` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) DEFAULT NULL,
  `date_of_birth` datetime DEFAULT NULL,
  `identification_no` varchar(64) DEFAULT NULL,
  `home_address` varchar(64) DEFAULT NULL,
  `phone_no` varchar(64) DEFAULT NULL,
  `gender` int(1) DEFAULT NULL,
  `medical_record_no` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=19 DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='病人基本信息表';

-- ----------------------------
--  Table structure for `sms_dept`
-- ----------------------------
DROP TABLE IF EXISTS `sms_dept`;
CREATE TABLE `sms_dept` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `code` varchar(64) DEFAULT NULL,
  `cat_id` int(2) DEFAULT NULL,
  `name` varchar(64) DEFAULT NULL,
  `type` int(2) DEFAULT NULL,
  `status` int(1) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=139 DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='科室表(done)';

-- ----------------------------
--  Table structure for `sms_description`
-- ----------------------------
DROP TABLE IF EXISTS `sms_description`;
CREATE TABLE `sms_description` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `description` varchar(300) DEFAULT NULL,
  `type` int(2) DEFAULT NULL,
  `status` int(2) DEFAULT NULL,
  `url` varchar(300) DEFAULT NULL,
  `the_id` bigint(20) DEFAULT NULL,
  `star` decimal(4,2) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=37 DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='科室、员工描述表';

-- ----------------------------
--  Table structure for `sms_frequent_used`
-- ----------------------------
DROP TABLE IF EXISTS `sms_frequent_used`;
CREATE TABLE `sms_frequent_used` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `medicine_dise_id_list` varchar(300) DEFAULT NULL,
  `disposition_id_list` varchar(300) DEFAULT NULL,
  `test_id_list` varchar(300) DEFAULT NULL,
  `herbal_dise_id_list` varchar(300) DEFAULT NULL,
  `check_model_id_list` varchar(300) DEFAULT NULL,
  `disposition_model_id_list` varchar(300) DEFAULT NULL,
  `test_model_id_list` varchar(300) DEFAULT NULL,
  `drug_model_id_list` varchar(300) DEFAULT NULL,
  `staff_id` bigint(20) DEFAULT NULL,
  `check_id_list` varchar(300) DEFAULT NULL,
  `drug_id_list` varchar(300) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='医生常用诊断（疾病）、检查检验表(搁置)';

-- ----------------------------
--  Table structure for `sms_login_log`
-- ----------------------------
DROP TABLE IF EXISTS `sms_login_log`;
CREATE TABLE `sms_login_log` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) DEFAULT NULL,
  `create_time` datetime DEFAULT NULL,
  `ip` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='登录日志表';

-- ----------------------------
--  Table structure for `sms_permission`
-- ----------------------------
DROP TABLE IF EXISTS `sms_permission`;
CREATE TABLE `sms_permission` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `pid` bigint(20) DEFAULT NULL,
  `name` varchar(64) DEFAULT NULL,
  `value` varchar(64) DEFAULT NULL,
  `url` varchar(300) DEFAULT NULL,
  `status` int(1) DEFAULT NULL,
  `create_time` datetime DEFAULT NULL,
  `sort` int(11) DEFAULT NULL,
  `type` int(1) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='操作权限表';

-- ----------------------------
--  Table structure for `sms_registration_rank`
-- ----------------------------
DROP TABLE IF EXISTS `sms_registration_rank`;
CREATE TABLE `sms_registration_rank` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `code` varchar(64) DEFAULT NULL,
  `name` varchar(64) DEFAULT NULL,
  `seq_no` bigint(20) DEFAULT NULL,
  `price` decimal(12,2) DEFAULT NULL,
  `status` int(1) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='挂号级别表';

-- ----------------------------
--  Table structure for `sms_role`
-- ----------------------------
DROP TABLE IF EXISTS `sms_role`;
CREATE TABLE `sms_role` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) DEFAULT NULL,
  `description` varchar(300) DEFAULT NULL,
  `create_time` datetime DEFAULT NULL,
  `status` int(1) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=8 DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='角色表';

-- ----------------------------
--  Table structure for `sms_role_permission_relation`
-- ----------------------------
DROP TABLE IF EXISTS `sms_role_permission_relation`;
CREATE TABLE `sms_role_permission_relation` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `role_id` bigint(20) DEFAULT NULL,
  `permission_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='员工角色与权限关系表';

-- ----------------------------
--  Table structure for `sms_skd`
-- ----------------------------
DROP TABLE IF EXISTS `sms_skd`;
CREATE TABLE `sms_skd` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `date` datetime DEFAULT NULL,
  `status` int(1) DEFAULT NULL,
  `remain` bigint(20) DEFAULT NULL,
  `noon` int(1) DEFAULT NULL,
  `staff_id` bigint(20) DEFAULT NULL,
  `dept_id` bigint(20) DEFAULT NULL,
  `sk_limit` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=42 DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='排班时间表';

-- ----------------------------
--  Table structure for `sms_skd_rule`
-- ----------------------------
DROP TABLE IF EXISTS `sms_skd_rule`;
CREATE TABLE `sms_skd_rule` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `status` int(1) DEFAULT NULL,
  `operator_id` bigint(20) DEFAULT NULL,
  `operate_time` datetime DEFAULT NULL,
  `rule_name` varchar(64) DEFAULT NULL,
  `description` varchar(300) DEFAULT NULL,
  `dept_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=15 DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='排班规则表';

-- ----------------------------
--  Table structure for `sms_skd_rule_item`
-- ----------------------------
DROP TABLE IF EXISTS `sms_skd_rule_item`;
CREATE TABLE `sms_skd_rule_item` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `staff_id` bigint(20) DEFAULT NULL,
  `days_of_week` varchar(64) DEFAULT NULL,
  `status` int(1) DEFAULT NULL,
  `sk_limit` bigint(20) DEFAULT NULL,
  `sk_rule_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=21 DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='排班规则表';

-- ----------------------------
--  Table structure for `sms_staff`
-- ----------------------------
DROP TABLE IF EXISTS `sms_staff`;
CREATE TABLE `sms_staff` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `username` varchar(64) DEFAULT NULL,
  `password` varchar(64) DEFAULT NULL,
  `status` int(1) DEFAULT NULL,
  `create_time` datetime DEFAULT NULL,
  `gender` int(1) DEFAULT NULL,
  `skd_flag` int(1) DEFAULT NULL,
  `title` varchar(64) DEFAULT NULL,
  `name` varchar(64) DEFAULT NULL,
  `dept_id` bigint(20) DEFAULT NULL,
  `role_id` bigint(20) DEFAULT NULL,
  `registration_rank_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=27 DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='员工表';

-- ----------------------------
--  Table structure for `sms_workload_record`
-- ----------------------------
DROP TABLE IF EXISTS `sms_workload_record`;
CREATE TABLE `sms_workload_record` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `create_time` datetime DEFAULT NULL,
  `staff_id` bigint(20) DEFAULT NULL,
  `medicine_amount` decimal(12,2) DEFAULT NULL,
  `herbal_amount` decimal(12,2) DEFAULT NULL,
  `check_amount` decimal(12,2) DEFAULT NULL,
  `disposition_amount` decimal(12,2) DEFAULT NULL,
  `registration_amount` decimal(12,2) DEFAULT NULL,
  `test_amount` decimal(12,2) DEFAULT NULL,
  `amount` decimal(12,2) DEFAULT NULL,
  `date` datetime DEFAULT NULL,
  `status` int(1) DEFAULT NULL,
  `registration_num` bigint(20) DEFAULT NULL,
  `excute_check_amount` decimal(12,2) DEFAULT NULL,
  `excute_test_amount` decimal(12,2) DEFAULT NULL,
  `excute_disposition_amount` decimal(12,2) DEFAULT NULL,
  `type` int(1) DEFAULT NULL,
  `dept_id` bigint(20) DEFAULT NULL,
  `excute_num` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=41 DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='门诊医生、科室工作量统计表';
