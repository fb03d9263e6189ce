-- source: java110/MicroCommunity docs/db/TT.sql @ 73ac65c80bb076bed66541b96c17bf402b496126
/*
Navicat MySQL Data Transfer

Source Server         : 120.27.160.124
Source Server Version : 50651
Source Host           : 120.27.160.124:3306
Source Database       : tt

Target Server Type    : MYSQL
Target Server Version : 50651
File Encoding         : 65001

Date: 2025-04-07 13:38:24
*/

SET FOREIGN_KEY_CHECKS=0;

-- ----------------------------
-- Table structure for access_control_white
-- ----------------------------
DROP TABLE IF EXISTS `access_control_white`;
CREATE TABLE `access_control_white` (
  `acw_id` varchar(30) NOT NULL COMMENT '白名单ID',
  `machine_id` varchar(30) NOT NULL COMMENT '设备ID',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `person_id` varchar(30) NOT NULL COMMENT '用户ID',
  `person_name` varchar(64) NOT NULL COMMENT '用户名称',
  `tel` varchar(11) NOT NULL COMMENT '手机号',
  `id_card` varchar(64) DEFAULT NULL COMMENT '身份证号',
  `person_type` varchar(12) NOT NULL DEFAULT '4004' COMMENT '人员类别 1001 员工 , 2002 外卖人员, 3003 快递人员，4004 其他人员',
  `start_time` datetime NOT NULL COMMENT '开始时间',
  `end_time` datetime NOT NULL COMMENT '结束时间',
  `access_control_key` varchar(64) DEFAULT NULL COMMENT '门禁钥匙',
  `third_id` varchar(64) DEFAULT NULL COMMENT '三方ID',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  PRIMARY KEY (`acw_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- ----------------------------
-- Table structure for access_control_white_auth
-- ----------------------------
DROP TABLE IF EXISTS `access_control_white_auth`;
CREATE TABLE `access_control_white_auth` (
  `acwa_id` varchar(30) NOT NULL COMMENT '授权ID',
  `acw_id` varchar(30) NOT NULL COMMENT '白名单ID',
  `machine_id` varchar(30) NOT NULL COMMENT '设备ID',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  PRIMARY KEY (`acwa_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- ----------------------------
-- Table structure for account
-- ----------------------------
DROP TABLE IF EXISTS `account`;
CREATE TABLE `account` (
  `acct_id` varchar(30) NOT NULL COMMENT '账户ID',
  `acct_name` varchar(128) NOT NULL COMMENT '账户名称',
  `acct_type` varchar(12) NOT NULL COMMENT '账户类型，2003 通用账户 2004 物业费扣款账户 2005 水电费扣款账户',
  `amount` decimal(10,2) NOT NULL DEFAULT '0.00' COMMENT '金额',
  `obj_type` varchar(12) NOT NULL COMMENT '对象类型，6006 个人 7007 商户',
  `obj_id` varchar(30) NOT NULL COMMENT '对象ID',
  `b_id` varchar(30) NOT NULL COMMENT '业务Id',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `part_id` varchar(30) DEFAULT NULL COMMENT '局部ID',
  `link` varchar(11) DEFAULT NULL COMMENT '账户手机号',
  `room_id` varchar(30) DEFAULT NULL COMMENT '房屋编号，acct_type 2004 和 2005 时必填',
  `room_name` varchar(30) DEFAULT NULL COMMENT '房屋名称，acct_type 2004 和 2005 时必填',
  PRIMARY KEY (`acct_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- ----------------------------
-- Table structure for account_bank
-- ----------------------------
DROP TABLE IF EXISTS `account_bank`;
CREATE TABLE `account_bank` (
  `bank_id` varchar(30) NOT NULL COMMENT '银行ID',
  `bank_code` varchar(64) NOT NULL COMMENT '账号',
  `person_name` varchar(64) NOT NULL COMMENT '持卡人',
  `person_tel` varchar(11) DEFAULT NULL COMMENT '手机号',
  `bank_name` varchar(128) NOT NULL COMMENT '开户行',
  `shop_id` varchar(30) NOT NULL COMMENT '商铺ID',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效'
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- ----------------------------
-- Table structure for account_detail
-- ----------------------------
DROP TABLE IF EXISTS `account_detail`;
CREATE TABLE `account_detail` (
  `detail_id` varchar(30) NOT NULL COMMENT '明细ID',
  `acct_id` varchar(30) NOT NULL COMMENT '账户ID',
  `detail_type` varchar(128) NOT NULL COMMENT '类型，1001 转入 2002 转出',
  `rel_acct_id` varchar(30) NOT NULL DEFAULT '-1' COMMENT '关联账户',
  `amount` decimal(10,2) NOT NULL DEFAULT '0.00' COMMENT '金额',
  `obj_type` varchar(12) NOT NULL COMMENT '对象类型，6006 个人 7007 商户',
  `obj_id` varchar(30) NOT NULL COMMENT '对象ID',
  `order_id` varchar(30) NOT NULL COMMENT '交易单号',
  `b_id` varchar(30) NOT NULL COMMENT '业务Id',
  `remark` varchar(1024) DEFAULT NULL COMMENT '备注',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  PRIMARY KEY (`detail_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- ----------------------------
-- Table structure for account_receipt
-- ----------------------------
DROP TABLE IF EXISTS `account_receipt`;
CREATE TABLE `account_receipt` (
  `ar_id` varchar(30) NOT NULL COMMENT '收据Id',
  `acct_id` varchar(30) NOT NULL COMMENT '账户ID',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `link` varchar(11) NOT NULL COMMENT '账户手机号',
  `owner_id` varchar(30) NOT NULL COMMENT '业主ID',
  `owner_name` varchar(64) NOT NULL COMMENT '业主名称',
  `prime_rate` varchar(12) NOT NULL COMMENT '支付方式',
  `receivable_amount` decimal(10,2) NOT NULL COMMENT '应收金额',
  `received_amount` decimal(10,2) NOT NULL COMMENT '实收金额',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `remark` varchar(512) DEFAULT NULL COMMENT '说明',
  PRIMARY KEY (`ar_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- ----------------------------
-- Table structure for account_withdrawal_apply
-- ----------------------------
DROP TABLE IF EXISTS `account_withdrawal_apply`;
CREATE TABLE `account_withdrawal_apply` (
  `apply_id` varchar(30) NOT NULL COMMENT '申请ID',
  `acct_id` varchar(30) NOT NULL COMMENT '账户ID',
  `amount` decimal(10,2) NOT NULL COMMENT '提现金额',
  `apply_user_id` varchar(30) NOT NULL COMMENT '申请人',
  `apply_user_name` varchar(64) NOT NULL COMMENT '申请人',
  `apply_user_tel` varchar(11) NOT NULL COMMENT '申请人电话',
  `context` varchar(512) NOT NULL COMMENT '申请说明',
  `state` varchar(12) NOT NULL DEFAULT '486' COMMENT '486 申请 586 审核通过 587 审核不通过 686 付款成功 687 付款失败',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `bank_id` varchar(30) NOT NULL COMMENT '银行ID',
  `obj_id` varchar(30) NOT NULL COMMENT '商铺ID 或者 代理商ID ',
  PRIMARY KEY (`apply_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- ----------------------------
-- Table structure for activities
-- ----------------------------
DROP TABLE IF EXISTS `activities`;
CREATE TABLE `activities` (
  `activities_id` varchar(30) NOT NULL COMMENT '活动ID',
  `b_id` varchar(30) DEFAULT '-1' COMMENT '业务ID',
  `title` varchar(200) NOT NULL COMMENT '活动标题',
  `type_cd` varchar(30) NOT NULL COMMENT '文章类型',
  `header_img` varchar(200) NOT NULL COMMENT '头部照片,照片名称',
  `context` longtext NOT NULL COMMENT '活动内容',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `read_count` int(11) NOT NULL DEFAULT '0' COMMENT '阅读数',
  `like_count` int(11) NOT NULL DEFAULT '0' COMMENT '点赞数',
  `collect_count` int(11) NOT NULL DEFAULT '0' COMMENT '收藏数',
  `user_id` varchar(30) NOT NULL COMMENT '创建用户Id',
  `user_name` varchar(30) NOT NULL COMMENT '创建用户名称',
  `start_time` datetime NOT NULL COMMENT '开始时间',
  `end_time` datetime NOT NULL COMMENT '结束时间',
  `state` varchar(12) NOT NULL DEFAULT '10000' COMMENT '审核状态，10000 待审核 ，11000 审核完成 12000 审核失败',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  UNIQUE KEY `activities_id` (`activities_id`) USING BTREE,
  UNIQUE KEY `idx_activities_id` (`activities_id`) USING BTREE,
  KEY `idx_activities_b_id` (`b_id`) USING BTREE,
  KEY `a_type_cd` (`type_cd`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- ----------------------------
-- Table structure for activities_beautiful_staff
-- ----------------------------
DROP TABLE IF EXISTS `activities_beautiful_staff`;
CREATE TABLE `activities_beautiful_staff` (
  `be_id` varchar(30) NOT NULL COMMENT '主键ID',
  `rule_id` varchar(30) NOT NULL COMMENT '规则ID',
  `staff_id` varchar(30) NOT NULL COMMENT '员工ID',
  `activities_num` int(11) NOT NULL COMMENT '编号',
  `store_id` varchar(30) NOT NULL COMMENT '商户ID',
  `work_content` longtext NOT NULL COMMENT '工作+感动故事+服务格言',
  `poll` bigint(20) NOT NULL DEFAULT '0' COMMENT '投票数',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  PRIMARY KEY (`be_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- ----------------------------
-- Table structure for activities_event
-- ----------------------------
DROP TABLE IF EXISTS `activities_event`;
CREATE TABLE `activities_event` (
  `event_id` varchar(30) NOT NULL COMMENT '事件ID',
  `b_id` varchar(30) NOT NULL COMMENT '业务Id',
  `activities_id` varchar(30) NOT NULL COMMENT '活动ID',
  `event_type_cd` varchar(12) NOT NULL COMMENT '事件类型，999999阅读，888888 收藏 777777 点赞',
  `user_id` varchar(30) NOT NULL COMMENT '人员ID',
  `user_name` varchar(30) NOT NULL COMMENT '人员名称',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考t_dict表，0, 在用 1失效',
  KEY `idx_act_event_id` (`event_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- ----------------------------
-- Table structure for asset_import_log_detail
-- ----------------------------
DROP TABLE IF EXISTS `asset_import_log_detail`;
CREATE TABLE `asset_import_log_detail` (
  `detail_id` varchar(30) NOT NULL COMMENT '明细ID',
  `log_id` varchar(30) NOT NULL COMMENT '日志ID',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `content` longtext NOT NULL COMMENT '导入每行数据内容，一般为JSON',
  `state` varchar(12) NOT NULL COMMENT '状态 C 成功 F失败',
  `message` longtext NOT NULL COMMENT '描述',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '异常时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态',
  PRIMARY KEY (`detail_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- ----------------------------
-- Table structure for asset_type
-- ----------------------------
DROP TABLE IF EXISTS `asset_type`;
CREATE TABLE `asset_type` (
  `asset_type_id` varchar(30) NOT NULL COMMENT '资产类别ID',
  `store_id` varchar(30) NOT NULL COMMENT '商户ID',
  `type_name` varchar(200) NOT NULL COMMENT '类别名称',
  `type_desc` varchar(500) DEFAULT NULL COMMENT '类型描述',
  `seq` int(11) NOT NULL COMMENT '顺序',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  KEY `idx_asset_type_id` (`asset_type_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='资产 类别属性';

-- ----------------------------
-- Table structure for attr_value
-- ----------------------------
DROP TABLE IF EXISTS `attr_value`;
CREATE TABLE `attr_value` (
  `value_id` varchar(30) NOT NULL COMMENT '值ID',
  `spec_id` varchar(30) NOT NULL COMMENT '规格ID',
  `value` varchar(200) NOT NULL COMMENT '值',
  `value_name` varchar(200) NOT NULL COMMENT '值名称，前台显示用',
  `value_show` varchar(2) NOT NULL COMMENT '选择时，是否显示在前台 Y显示 N不显示',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  UNIQUE KEY `value_id` (`value_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- ----------------------------
-- Table structure for audit_user
-- ----------------------------
DROP TABLE IF EXISTS `audit_user`;
CREATE TABLE `audit_user` (
  `audit_user_id` varchar(30) NOT NULL COMMENT '审核ID',
  `b_id` varchar(30) NOT NULL COMMENT '业务Id',
  `store_id` varchar(30) NOT NULL COMMENT '商户ID,用来做分区',
  `user_id` varchar(100) NOT NULL COMMENT '审核用户ID',
  `user_name` varchar(100) NOT NULL COMMENT '审核用户名称',
  `audit_link` varchar(64) NOT NULL COMMENT '审核环节，建t_dict表 如部门经理审核 ， 财务审核 ，采购人员采购',
  `obj_code` varchar(64) NOT NULL COMMENT '流程对象编码,如采购申请 resource_enter',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考t_dict表，0, 在用 1失效',
  KEY `idx_audit_user_id` (`audit_user_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- ----------------------------
-- Table structure for bill
-- ----------------------------
DROP TABLE IF EXISTS `bill`;
CREATE TABLE `bill` (
  `bill_id` varchar(30) NOT NULL COMMENT '账单主键ID',
  `bill_name` varchar(200) NOT NULL COMMENT '账单名称',
  `receivable` decimal(10,2) NOT NULL COMMENT '应收金额',
  `receipts` decimal(10,2) NOT NULL COMMENT '实收金额',
  `bill_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '账单日期',
  `community_id` varchar(30) NOT NULL COMMENT '小区分片字段',
  `config_id` varchar(30) NOT NULL COMMENT '收费项目ID',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `remark` varchar(200) NOT NULL COMMENT '备注',
  `cur_bill` varchar(12) NOT NULL DEFAULT 'T' COMMENT 'T为当前有效账单，F为历史账单',
  `cur_receivable` decimal(10,2) DEFAULT NULL COMMENT '当期应收金额'
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- ----------------------------
-- Table structure for bill_owe_fee
-- ----------------------------
DROP TABLE IF EXISTS `bill_owe_fee`;
CREATE TABLE `bill_owe_fee` (
  `owe_id` varchar(30) NOT NULL COMMENT '欠费主键',
  `bill_id` varchar(30) NOT NULL COMMENT '账单ID',
  `fee_id` varchar(30) NOT NULL COMMENT '费用ID',
  `bill_amount_owed` decimal(10,2) NOT NULL COMMENT '账期欠费金额',
  `amount_owed` decimal(10,2) NOT NULL COMMENT '当前欠费金额',
  `fee_end_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '费用结束时间，当时跑账单时的费用结束时间',
  `owner_id` varchar(30) NOT NULL COMMENT '业主ID',
  `owner_name` varchar(100) NOT NULL COMMENT '业主名称',
  `owner_tel` varchar(11) NOT NULL COMMENT '业主联系电话',
  `payer_obj_name` varchar(100) NOT NULL COMMENT '付费对象名称 如 1栋1单元1室 或者 1号停车场1号车位',
  `payer_obj_type` varchar(12) NOT NULL COMMENT '付费对象类型 3333 房屋 6666 是车位',
  `community_id` varchar(30) NOT NULL COMMENT '分片键，小区ID',
  `state` varchar(12) NOT NULL DEFAULT '1000' COMMENT '状态 1000 未交费，2000 已缴费',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `deadline_time` timestamp NULL DEFAULT NULL COMMENT '截止时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- ----------------------------
-- Table structure for building_owner
-- ----------------------------
DROP TABLE IF EXISTS `building_owner`;
CREATE TABLE `building_owner` (
  `member_id` varchar(30) NOT NULL COMMENT '业主成员ID',
  `owner_id` varchar(30) NOT NULL COMMENT '业主ID',
  `b_id` varchar(30) DEFAULT NULL COMMENT '业务ID',
  `name` varchar(64) NOT NULL COMMENT '业主名称',
  `sex` varchar(12) NOT NULL COMMENT '性别',
  `age` varchar(12) DEFAULT NULL COMMENT '年龄',
  `link` varchar(11) NOT NULL COMMENT '联系人手机号',
  `user_id` varchar(30) NOT NULL COMMENT '用户ID',
  `remark` varchar(200) DEFAULT NULL COMMENT '备注',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，0, 在用 1失效',
  `owner_type_cd` varchar(4) NOT NULL DEFAULT '1001' COMMENT '1001 业主本人 1002 家庭成员',
  `community_id` varchar(30) DEFAULT NULL COMMENT '小区ID',
  `id_card` varchar(64) DEFAULT NULL COMMENT '证件号，个人时为身份证 公司时为 统一社会信用代码',
  `state` varchar(12) NOT NULL DEFAULT '2000' COMMENT '业主 成员状态 1000 表示待审核，2000 审核完成  3000 拒绝审核 ',
  `owner_flag` varchar(12) NOT NULL DEFAULT 'T' COMMENT '业主标识 T是真实业主 F 是虚拟业主',
  `address` varchar(255) DEFAULT NULL COMMENT '家庭住址',
  `person_type` varchar(12) NOT NULL DEFAULT 'P' COMMENT '人员类型 P 个人 C 公司',
  `person_role` varchar(12) NOT NULL DEFAULT '1' COMMENT '人员角色 1 业主 2 租客 3 家庭成员 4 公司员工 99 其他',
  `concact_person` varchar(64) DEFAULT NULL COMMENT '联系人,人员类型为公司时有用',
  `concact_link` varchar(11) DEFAULT NULL COMMENT '联系人电话',
  `face_url` varchar(512) DEFAULT NULL COMMENT '人脸地址',
  UNIQUE KEY `member_id` (`member_id`) USING BTREE,
  UNIQUE KEY `idx_owner_id` (`member_id`) USING BTREE,
  KEY `idx_owner_b_id` (`b_id`) USING BTREE,
  KEY `i_bo_owner_id` (`owner_id`) USING BTREE,
  KEY `i_bo_owner_type_cd` (`owner_type_cd`),
  KEY `i_bo_community_id` (`community_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- ----------------------------
-- Table structure for building_owner_attr
-- ----------------------------
DROP TABLE IF EXISTS `building_owner_attr`;
CREATE TABLE `building_owner_attr` (
  `b_id` varchar(30) NOT NULL COMMENT '订单ID',
  `attr_id` varchar(30) NOT NULL COMMENT '属性id',
  `member_id` varchar(30) NOT NULL COMMENT '业主ID',
  `spec_cd` varchar(64) NOT NULL COMMENT '规格ID',
  `value` varchar(50) NOT NULL COMMENT '属性值',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID 分片ID',
  UNIQUE KEY `attr_id` (`attr_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- ----------------------------
-- Table structure for building_owner_room_rel
-- ----------------------------
DROP TABLE IF EXISTS `building_owner_room_rel`;
CREATE TABLE `building_owner_room_rel` (
  `rel_id` varchar(30) NOT NULL COMMENT '关系ID',
  `owner_id` varchar(30) NOT NULL COMMENT '业主ID',
  `room_id` varchar(30) NOT NULL COMMENT '房间ID',
  `b_id` varchar(30) DEFAULT NULL COMMENT '业务ID',
  `state` varchar(4) NOT NULL COMMENT '业务状态 2001 业主未迁入 2002 业主迁入 2003 业主迁出',
  `user_id` varchar(30) NOT NULL COMMENT '用户ID',
  `remark` varchar(200) DEFAULT NULL COMMENT '备注',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，0, 在用 1失效',
  `start_time` datetime NOT NULL COMMENT '起租时间',
  `end_time` datetime NOT NULL COMMENT '起租时间',
  UNIQUE KEY `rel_id` (`rel_id`) USING BTREE,
  UNIQUE KEY `idx_borr_rel_id` (`rel_id`) USING BTREE,
  UNIQUE KEY `idx_orr_rel_id` (`rel_id`) USING BTREE,
  KEY `idx_borr_b_id` (`b_id`) USING BTREE,
  KEY `idx_orr_b_id` (`b_id`) USING BTREE,
  KEY `i_borr_owner_id` (`owner_id`) USING BTREE,
  KEY `i_borr_room_id` (`room_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- ----------------------------
-- Table structure for building_room
-- ----------------------------
DROP TABLE IF EXISTS `building_room`;
CREATE TABLE `building_room` (
  `room_id` varchar(30) NOT NULL COMMENT '房屋ID',
  `b_id` varchar(30) DEFAULT NULL COMMENT '业务ID',
  `room_num` varchar(64) NOT NULL COMMENT '房屋编号',
  `unit_id` varchar(30) NOT NULL COMMENT '单元ID',
  `layer` varchar(12) NOT NULL COMMENT '层数',
  `section` int(11) DEFAULT NULL COMMENT '室',
  `apartment` varchar(20) NOT NULL COMMENT '户型',
  `built_up_area` decimal(12,2) NOT NULL COMMENT '建筑面积',
  `fee_coefficient` decimal(12,2) NOT NULL DEFAULT '1.00' COMMENT '算费系数',
  `user_id` varchar(30) NOT NULL COMMENT '用户ID',
  `remark` varchar(200) DEFAULT NULL COMMENT '备注',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `state` varchar(4) NOT NULL COMMENT '房屋状态，如房屋出售等，请查看state 表',
  `community_id` varchar(30) DEFAULT NULL COMMENT '小区ID',
  `room_type` varchar(12) NOT NULL DEFAULT '1010301' COMMENT '房屋类型',
  `room_sub_type` varchar(12) NOT NULL DEFAULT '110' COMMENT '房屋类型 110 住宅房屋，119 办公室 120 宿舍',
  `room_area` decimal(12,2) NOT NULL COMMENT '室内面积',
  `room_rent` decimal(10,2) NOT NULL DEFAULT '0.00' COMMENT '租金',
  UNIQUE KEY `room_id` (`room_id`) USING BTREE,
  UNIQUE KEY `idx_room_id` (`room_id`) USING BTREE,
  KEY `idx_room_b_id` (`b_id`) USING BTREE,
  KEY `i_br_unit_id` (`unit_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- ----------------------------
-- Table structure for building_unit
-- ----------------------------
DROP TABLE IF EXISTS `building_unit`;
CREATE TABLE `building_unit` (
  `unit_id` varchar(30) NOT NULL COMMENT '单元ID',
  `b_id` varchar(30) DEFAULT NULL COMMENT '业务ID',
  `unit_num` varchar(12) NOT NULL COMMENT '单元编号',
  `floor_id` varchar(30) NOT NULL COMMENT '楼ID',
  `layer_count` int(11) NOT NULL COMMENT '总层数',
  `lift` varchar(4) NOT NULL COMMENT '是否有电梯 1010有 2020 无',
  `user_id` varchar(30) NOT NULL COMMENT '用户ID',
  `remark` varchar(200) DEFAULT NULL COMMENT '备注',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `unit_area` decimal(10,2) NOT NULL COMMENT '单元面积',
  UNIQUE KEY `unit_id` (`unit_id`) USING BTREE,
  UNIQUE KEY `idx_unit_id` (`unit_id`) USING BTREE,
  UNIQUE KEY `unit_id_2` (`unit_id`),
  KEY `idx_unit_b_id` (`b_id`) USING BTREE,
  KEY `i_bu_floor_id` (`floor_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- ----------------------------
-- Table structure for buiness_small_wechat
-- ----------------------------
DROP TABLE IF EXISTS `buiness_small_wechat`;
CREATE TABLE `buiness_small_wechat` (
  `wechat_id` varchar(30) COLLATE utf8_bin NOT NULL COMMENT '微信ID',
  `b_id` varchar(30) COLLATE utf8_bin NOT NULL COMMENT '业务ID',
  `store_Id` varchar(30) COLLATE utf8_bin NOT NULL COMMENT '商户ID',
  `name` varchar(100) COLLATE utf8_bin NOT NULL COMMENT '小程序名称',
  `appId` varchar(100) COLLATE utf8_bin NOT NULL COMMENT '小程序appid',
  `appSecret` varchar(200) COLLATE utf8_bin NOT NULL COMMENT '应用密钥',
  `pay_password` varchar(200) COLLATE utf8_bin NOT NULL COMMENT '支付密码',
  `remarks` varchar(200) COLLATE utf8_bin DEFAULT NULL COMMENT '备注信息',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `operate` varchar(4) COLLATE utf8_bin NOT NULL COMMENT '数据状态，添加ADD，修改MOD 删除DEL',
  `obj_id` varchar(30) COLLATE utf8_bin NOT NULL,
  `obj_type` varchar(4) COLLATE utf8_bin NOT NULL,
  `mch_id` varchar(200) COLLATE utf8_bin NOT NULL,
  `wechat_type` varchar(4) COLLATE utf8_bin DEFAULT NULL,
  `cert_path` varchar(512) COLLATE utf8_bin DEFAULT NULL COMMENT '证书地址',
  `mch_name` varchar(128) COLLATE utf8_bin NOT NULL DEFAULT '无' COMMENT '商户名称'
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_bin;

-- ----------------------------
-- Table structure for business_application_key
-- ----------------------------
DROP TABLE IF EXISTS `business_application_key`;
CREATE TABLE `business_application_key` (
  `application_key_id` varchar(30) NOT NULL COMMENT '申请ID',
  `b_id` varchar(30) NOT NULL COMMENT '业务Id',
  `machine_id` varchar(30) NOT NULL COMMENT '设备ID',
  `type_cd` varchar(12) NOT NULL COMMENT '类型，10001 保洁 10002 保安 10003 其他人员，详情查看t_dict表',
  `name` varchar(64) NOT NULL COMMENT '申请人名称',
  `tel` varchar(12) NOT NULL COMMENT '申请人手机号码',
  `sex` varchar(12) NOT NULL COMMENT '申请人男女  0男 1女',
  `age` int(11) NOT NULL COMMENT '申请人年龄',
  `id_card` varchar(20) NOT NULL COMMENT '申请人身份证号',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `state` varchar(8) NOT NULL COMMENT '状态，10002 未审核,10001 完成审核 10003 审核拒绝',
  `start_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '开始时间',
  `end_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '结束时间',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `operate` varchar(4) NOT NULL COMMENT '数据状态，添加ADD，修改MOD 删除DEL',
  `type_flag` varchar(12) NOT NULL COMMENT '人脸申请1100101 固定密码申请 1100102 临时密码 1100103',
  `pwd` varchar(12) NOT NULL COMMENT '密码'
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- ----------------------------
-- Table structure for business_apply_room_discount
-- ----------------------------
DROP TABLE IF EXISTS `business_apply_room_discount`;
CREATE TABLE `business_apply_room_discount` (
  `ard_id` varchar(30) NOT NULL COMMENT '主键ID',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `room_id` varchar(30) NOT NULL COMMENT '房屋id',
  `room_name` varchar(64) NOT NULL COMMENT '房屋名称',
  `discount_id` varchar(30) DEFAULT NULL COMMENT '折扣id',
  `apply_type` varchar(30) NOT NULL COMMENT '申请类型',
  `start_time` datetime NOT NULL COMMENT '开始时间',
  `end_time` datetime NOT NULL COMMENT '结束时间',
  `create_user_name` varchar(64) NOT NULL COMMENT '创建人',
  `create_user_tel` varchar(11) NOT NULL COMMENT '创建手机号',
  `check_user_id` varchar(30) DEFAULT NULL COMMENT '验房人',
  `review_user_id` varchar(30) DEFAULT NULL COMMENT '通过人',
  `state` varchar(12) NOT NULL DEFAULT '0' COMMENT '审核状态: 1申请验房2验房通过3验房不通过 4审批通过5审批不通过',
  `create_remark` varchar(512) DEFAULT NULL COMMENT '申请信息',
  `check_remark` varchar(512) DEFAULT NULL COMMENT '验房备注信息',
  `review_remark` varchar(512) DEFAULT NULL COMMENT '通过备注信息',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态0正常1失效',
  `in_use` varchar(2) NOT NULL COMMENT '是否可用 0表示可用；1表示不可用',
  `operate` varchar(4) CHARACTER SET utf8 COLLATE utf8_bin NOT NULL COMMENT '数据状态，添加ADD，修改MOD 删除DEL',
  `fee_id` varchar(30) DEFAULT NULL,
  `return_way` varchar(4) DEFAULT NULL COMMENT '返还方式1001折扣1002账户余额',
  `return_amount` varchar(255) DEFAULT NULL COMMENT '返还金额',
  PRIMARY KEY (`ard_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- ----------------------------
-- Table structure for business_building_owner
-- ----------------------------
DROP TABLE IF EXISTS `business_building_owner`;
CREATE TABLE `business_building_owner` (
  `member_id` varchar(30) NOT NULL COMMENT '业主成员ID',
  `owner_id` varchar(30) NOT NULL COMMENT '业主ID',
  `b_id` varchar(30) NOT NULL COMMENT '业务Id',
  `name` varchar(64) NOT NULL COMMENT '业主名称',
  `sex` varchar(12) NOT NULL COMMENT '性别',
  `age` varchar(12) DEFAULT NULL COMMENT '年龄',
  `link` varchar(11) NOT NULL COMMENT '联系人手机号',
  `user_id` varchar(30) NOT NULL COMMENT '用户ID',
  `remark` varchar(200) DEFAULT NULL COMMENT '备注',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `operate` varchar(4) NOT NULL COMMENT '数据状态，添加ADD，修改MOD 删除DEL',
  `owner_type_cd` varchar(4) NOT NULL DEFAULT '1001' COMMENT '1001 业主本人 1002 家庭成员',
  `community_id` varchar(30) DEFAULT NULL COMMENT '小区ID',
  `id_card` varchar(30) DEFAULT '-1' COMMENT '身份证号码',
  `state` varchar(12) NOT NULL DEFAULT '2000' COMMENT '业主 成员状态 1000 表示待审核，2000 审核完成  3000 拒绝审核 ',
  `owner_flag` varchar(12) NOT NULL DEFAULT 'T' COMMENT '业主标识 T是真实业主 F 是虚拟业主',
  `address` varchar(255) DEFAULT NULL COMMENT '家庭住址',
  KEY `idx_business_owner_id` (`member_id`) USING BTREE,
  KEY `idx_business_owner_b_id` (`b_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- ----------------------------
-- Table structure for business_car_black_white
-- ----------------------------
DROP TABLE IF EXISTS `business_car_black_white`;
CREATE TABLE `business_car_black_white` (
  `bw_id` varchar(30) NOT NULL COMMENT '黑白名单ID',
  `b_id` varchar(30) NOT NULL COMMENT '业务Id',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `black_white` varchar(12) NOT NULL COMMENT '黑白名单标识 1111 黑名单 2222 白名单',
  `car_num` varchar(12) NOT NULL COMMENT '车牌号',
  `start_time` datetime NOT NULL COMMENT '开始时间',
  `end_time` datetime NOT NULL COMMENT '结束时间',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `operate` varchar(4) NOT NULL COMMENT '数据状态，添加ADD，修改MOD 删除DEL',
  `pa_id` varchar(30) NOT NULL COMMENT '停车场ID'
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- ----------------------------
-- Table structure for business_car_inout
-- ----------------------------
DROP TABLE IF EXISTS `business_car_inout`;
CREATE TABLE `business_car_inout` (
  `inout_id` varchar(30) NOT NULL COMMENT '进出ID',
  `b_id` varchar(30) NOT NULL COMMENT '业务Id',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `car_num` varchar(12) NOT NULL COMMENT '车牌号',
  `state` varchar(12) NOT NULL COMMENT '状态，100300 进场状态 100400 支付完成 100500 离场状态 100600 支付超时重新支付',
  `in_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '进场时间',
  `out_time` timestamp NULL DEFAULT NULL COMMENT '离场时间',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `operate` varchar(4) NOT NULL COMMENT '数据状态，添加ADD，修改MOD 删除DEL',
  `pa_id` varchar(30) NOT NULL DEFAULT '停车场ID'
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- ----------------------------
-- Table structure for business_community
-- ----------------------------
DROP TABLE IF EXISTS `business_community`;
CREATE TABLE `business_community` (
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `b_id` varchar(30) NOT NULL COMMENT '业务Id',
  `name` varchar(100) NOT NULL COMMENT '小区名称',
  `address` varchar(200) NOT NULL COMMENT '小区地址',
  `city_code` varchar(12) NOT NULL COMMENT '根据定位获取城市编码',
  `nearby_landmarks` varchar(200) DEFAULT NULL COMMENT '地标，如王府井北60米',
  `map_x` varchar(20) NOT NULL COMMENT '地区 x坐标',
  `map_y` varchar(20) NOT NULL COMMENT '地区 y坐标',
  `month` int(11) NOT NULL DEFAULT '0' COMMENT '月份',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `operate` varchar(3) NOT NULL COMMENT '数据状态，添加ADD，修改MOD 删除DEL',
  `state` varchar(4) DEFAULT '1000' COMMENT '''业务状态 1000 为待审核 1200审核拒绝''',
  `community_area` decimal(10,2) DEFAULT '0.00' COMMENT '小区面积',
  `tel` varchar(200) DEFAULT NULL COMMENT '联系方式',
  `pay_fee_month` bigint(20) NOT NULL DEFAULT '12' COMMENT '缴费周期',
  `fee_price` decimal(10,2) NOT NULL DEFAULT '0.00' COMMENT '缴费周期',
  `qr_code` varchar(512) DEFAULT NULL COMMENT '客服二维码',
  KEY `idx_business_community_id` (`community_id`) USING BTREE,
  KEY `idx_business_community_b_id` (`b_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
