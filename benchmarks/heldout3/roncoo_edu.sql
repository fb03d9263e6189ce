-- source: roncoo/roncoo-education doc/education_user.sql @ 299f9508b171adff0d8908facfc7c4a4cf942650 + doc/education_course.sql @ ae9b878c6be9420cb82d4686ce036a65379520b2 (CREATE TABLE statements only; INSERT data dropped)

#
# Structure for table "lecturer"
#

CREATE TABLE `lecturer` (
  `id` bigint(20) NOT NULL COMMENT '主键',
  `gmt_create` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `gmt_modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '修改时间',
  `status_id` tinyint(3) unsigned NOT NULL DEFAULT '1' COMMENT '状态(1:正常，0:禁用)',
  `sort` int(11) NOT NULL DEFAULT '1' COMMENT '排序',
  `lecturer_user_no` bigint(20) NOT NULL COMMENT '讲师用户编号',
  `lecturer_name` varchar(50) NOT NULL DEFAULT '' COMMENT '讲师名称',
  `lecturer_mobile` char(11) NOT NULL DEFAULT '' COMMENT '讲师手机',
  `lecturer_email` varchar(100) DEFAULT NULL COMMENT '讲师邮箱',
  `position` varchar(50) DEFAULT NULL COMMENT '职位',
  `head_img_url` varchar(255) DEFAULT NULL COMMENT '头像',
  `introduce` varchar(2048) DEFAULT NULL COMMENT '简介',
  `lecturer_proportion` decimal(5,4) NOT NULL DEFAULT '0.0000' COMMENT '讲师分成比例',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='讲师信息';

#
# Structure for table "lecturer_audit"
#

CREATE TABLE `lecturer_audit` (
  `id` bigint(20) NOT NULL COMMENT '主键',
  `gmt_create` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `gmt_modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '修改时间',
  `status_id` tinyint(3) unsigned NOT NULL DEFAULT '1' COMMENT '状态(1:正常，0:禁用)',
  `sort` int(11) NOT NULL DEFAULT '1' COMMENT '排序',
  `audit_status` tinyint(3) unsigned NOT NULL DEFAULT '0' COMMENT '审核状态(0:待审核,1:审核通过,2:审核不通过)',
  `audit_opinion` varchar(1024) DEFAULT NULL COMMENT '审核意见',
  `lecturer_user_no` bigint(20) NOT NULL COMMENT '讲师用户编号',
  `lecturer_name` varchar(50) NOT NULL DEFAULT '' COMMENT '讲师名称',
  `lecturer_mobile` char(11) NOT NULL DEFAULT '' COMMENT '讲师手机',
  `lecturer_email` varchar(100) NOT NULL DEFAULT '' COMMENT '讲师邮箱',
  `position` varchar(50) DEFAULT NULL COMMENT '职位',
  `head_img_url` varchar(255) DEFAULT NULL COMMENT '头像',
  `introduce` varchar(2048) DEFAULT NULL COMMENT '简介',
  `lecturer_proportion` decimal(5,4) NOT NULL DEFAULT '0.0000' COMMENT '讲师分成比例',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='讲师信息-审核';

#
# Structure for table "lecturer_ext"
#

CREATE TABLE `lecturer_ext` (
  `id` bigint(20) NOT NULL COMMENT '主键',
  `gmt_create` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `gmt_modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '修改时间',
  `status_id` tinyint(3) unsigned NOT NULL DEFAULT '1' COMMENT '状态(1:正常，0:禁用)',
  `sort` int(11) NOT NULL DEFAULT '1' COMMENT '排序',
  `lecturer_user_no` bigint(20) NOT NULL COMMENT '讲师用户编号',
  `total_income` decimal(11,2) NOT NULL COMMENT '总收入',
  `history_money` decimal(11,2) NOT NULL COMMENT '已提金额',
  `enable_balances` decimal(11,2) NOT NULL COMMENT '可提余额',
  `freeze_balances` decimal(11,2) NOT NULL COMMENT '冻结金额',
  `sign` char(32) NOT NULL COMMENT 'sign',
  `bank_card_no` varchar(255) DEFAULT NULL COMMENT '银行卡号',
  `bank_name` varchar(255) DEFAULT NULL COMMENT '银行名称',
  `bank_branch_name` varchar(255) DEFAULT NULL COMMENT '银行支行名称',
  `bank_user_name` varchar(255) DEFAULT NULL COMMENT '银行开户名',
  `bank_id_card_no` varchar(255) DEFAULT NULL COMMENT '银行身份证号',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='讲师账户信息表';

#
# Structure for table "lecturer_profit"
#

CREATE TABLE `lecturer_profit` (
  `id` bigint(20) NOT NULL COMMENT '主键',
  `gmt_create` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `lecturer_user_no` bigint(20) NOT NULL COMMENT '讲师用户编号',
  `bank_card_no` varchar(255) NOT NULL COMMENT '银行卡号',
  `bank_name` varchar(255) NOT NULL COMMENT '银行名称',
  `bank_branch_name` varchar(255) NOT NULL COMMENT '银行支行名称',
  `bank_user_name` varchar(255) NOT NULL COMMENT '银行开户名',
  `bank_id_card_no` varchar(255) NOT NULL COMMENT '银行身份证号',
  `lecturer_profit` decimal(11,2) DEFAULT NULL COMMENT '讲师收入',
  `platform_profit` decimal(11,2) DEFAULT NULL COMMENT '平台收入',
  `profit_status` tinyint(3) unsigned NOT NULL DEFAULT '0' COMMENT '分润状态（1确认中，2成功，3失败）',
  `remark` varchar(255) DEFAULT NULL COMMENT '备注',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='讲师提现日志表';

#
# Structure for table "platform"
#

CREATE TABLE `platform` (
  `id` bigint(20) NOT NULL COMMENT '主键',
  `gmt_create` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `gmt_modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '修改时间',
  `status_id` tinyint(3) unsigned NOT NULL DEFAULT '1' COMMENT '状态(1:正常，0:禁用)',
  `sort` int(11) NOT NULL DEFAULT '1' COMMENT '排序',
  `client_id` char(34) NOT NULL DEFAULT '' COMMENT '客户端ID',
  `client_secret` char(32) NOT NULL DEFAULT '' COMMENT '客户端密匙',
  `client_name` varchar(50) NOT NULL DEFAULT '' COMMENT '客户端名称',
  `remark` varchar(255) DEFAULT NULL COMMENT '备注',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_client_id` (`client_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='平台信息';

#
# Structure for table "region"
#

CREATE TABLE `region` (
  `id` bigint(20) unsigned NOT NULL COMMENT '主键',
  `parent_id` bigint(10) unsigned NOT NULL DEFAULT '0' COMMENT '父id',
  `level` int(10) unsigned NOT NULL DEFAULT '0' COMMENT '级别',
  `province_code` varchar(9) NOT NULL DEFAULT '' COMMENT '区域编码（国标）',
  `center_lng` decimal(12,9) NOT NULL COMMENT '中心经度',
  `center_lat` decimal(12,9) NOT NULL COMMENT '中心维度',
  `province_id` int(11) NOT NULL COMMENT '省Id',
  `province_name` varchar(50) NOT NULL COMMENT '省名称',
  `city_id` int(11) NOT NULL COMMENT '市Id',
  `city_code` varchar(50) NOT NULL DEFAULT '' COMMENT '城市编码',
  `city_name` varchar(50) NOT NULL DEFAULT '' COMMENT '市名称',
  `region_name` varchar(50) NOT NULL DEFAULT '' COMMENT '区域名称',
  `district_name` varchar(50) NOT NULL DEFAULT '' COMMENT '区名称',
  `merger_name` varchar(100) NOT NULL DEFAULT '' COMMENT '全路径名称',
  PRIMARY KEY (`id`),
  KEY `parent_id` (`parent_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=COMPACT COMMENT='行政区域表';

#
# Structure for table "user"
#

CREATE TABLE `user` (
  `id` bigint(20) NOT NULL COMMENT '主键',
  `gmt_create` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `gmt_modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '修改时间',
  `status_id` tinyint(3) unsigned NOT NULL DEFAULT '1' COMMENT '状态(1:正常，0:禁用)',
  `user_no` bigint(20) unsigned NOT NULL DEFAULT '0' COMMENT '用户编号',
  `mobile` varchar(11) NOT NULL COMMENT '手机号码',
  `mobile_salt` varchar(36) NOT NULL COMMENT '密码盐',
  `mobile_psw` varchar(255) NOT NULL COMMENT '登录密码',
  `user_source` varchar(255) DEFAULT NULL COMMENT '用户来源(client_id)',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_mobile` (`mobile`),
  UNIQUE KEY `uk_user_no` (`user_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='用户基本信息';

#
# Structure for table "user_ext"
#

CREATE TABLE `user_ext` (
  `id` bigint(20) NOT NULL COMMENT '主键',
  `gmt_create` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `gmt_modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '修改时间',
  `status_id` tinyint(3) unsigned NOT NULL DEFAULT '1' COMMENT '状态(1:正常，0:禁用)',
  `user_no` bigint(20) NOT NULL COMMENT '用户编号',
  `user_type` tinyint(3) NOT NULL DEFAULT '1' COMMENT '用户类型(1用户，2讲师)',
  `mobile` varchar(11) NOT NULL DEFAULT '' COMMENT '用户手机',
  `sex` tinyint(3) unsigned DEFAULT '3' COMMENT '性别(1男，2女，3保密)',
  `age` int(11) DEFAULT NULL COMMENT '年龄',
  `nickname` varchar(50) DEFAULT NULL COMMENT '昵称',
  `head_img_url` varchar(255) DEFAULT NULL COMMENT '头像地址',
  `remark` varchar(255) DEFAULT NULL COMMENT '备注',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_mobile` (`mobile`),
  UNIQUE KEY `uk_user_no` (`user_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='用户教育信息';

#
# Structure for table "user_log_login"
#

CREATE TABLE `user_log_login` (
  `id` bigint(20) NOT NULL COMMENT '主键',
  `gmt_create` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `user_no` bigint(20) NOT NULL COMMENT '用户编号',
  `client_id` char(34) NOT NULL DEFAULT '' COMMENT '客户端ID',
  `login_status` tinyint(3) NOT NULL DEFAULT '1' COMMENT '登录状态(1成功，0失败)',
  `login_ip` varchar(255) DEFAULT NULL COMMENT '登录IP',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='用户错误登录日志';

#
# Structure for table "user_log_modified"
#

CREATE TABLE `user_log_modified` (
  `id` bigint(20) NOT NULL COMMENT '主键',
  `gmt_create` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `user_no` bigint(20) NOT NULL COMMENT '用户编号',
  `mobile_old` char(11) NOT NULL DEFAULT '' COMMENT '原手机号',
  `mobile_new` char(11) NOT NULL DEFAULT '' COMMENT '新手机',
  `remark` varchar(255) DEFAULT NULL COMMENT '备注',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='用户修改日志';

#
# Structure for table "adv"
#

CREATE TABLE `adv` (
  `id` bigint(20) unsigned NOT NULL COMMENT '主键',
  `gmt_create` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `gmt_modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '修改时间',
  `status_id` tinyint(3) unsigned NOT NULL DEFAULT '1' COMMENT '状态(1:正常，0:禁用)',
  `sort` int(11) unsigned NOT NULL DEFAULT '1' COMMENT '排序',
  `adv_title` varchar(255) NOT NULL COMMENT '广告标题',
  `adv_img` varchar(255) NOT NULL DEFAULT '' COMMENT '广告图片',
  `adv_url` varchar(255) NOT NULL COMMENT '广告链接',
  `adv_target` varchar(255) NOT NULL DEFAULT '' COMMENT '广告跳转方式',
  `adv_location` tinyint(3) NOT NULL DEFAULT '1' COMMENT '广告位置(1首页轮播)',
  `begin_time` datetime NOT NULL COMMENT '开始时间',
  `end_time` datetime NOT NULL COMMENT '结束时间',
  `plat_show` tinyint(3) NOT NULL DEFAULT '0' COMMENT '位置(0电脑端，1微信端)',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='广告信息';

#
# Structure for table "course"
#

CREATE TABLE `course` (
  `id` bigint(20) NOT NULL COMMENT '主键',
  `gmt_create` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `gmt_modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '修改时间',
  `status_id` tinyint(3) unsigned NOT NULL DEFAULT '1' COMMENT '状态(1:正常，0:禁用)',
  `sort` int(11) NOT NULL DEFAULT '1' COMMENT '排序',
  `lecturer_user_no` bigint(20) NOT NULL DEFAULT '0' COMMENT '讲师用户编码',
  `category_id1` bigint(20) DEFAULT '0' COMMENT '一级分类ID',
  `category_id2` bigint(20) DEFAULT '0' COMMENT '二级分类ID',
  `category_id3` bigint(20) DEFAULT '0' COMMENT '三级分类ID',
  `course_name` varchar(255) NOT NULL DEFAULT '' COMMENT '课程名称',
  `course_logo` varchar(255) NOT NULL DEFAULT '' COMMENT '课程封面',
  `introduce_id` bigint(20) DEFAULT '0' COMMENT '课程介绍ID',
  `is_free` tinyint(3) NOT NULL DEFAULT '0' COMMENT '是否免费：1免费，0收费',
  `course_original` decimal(11,2) DEFAULT NULL COMMENT '原价',
  `course_discount` decimal(11,2) DEFAULT NULL COMMENT '优惠价',
  `is_putaway` tinyint(3) NOT NULL DEFAULT '1' COMMENT '是否上架(1:上架，0:下架)',
  `course_sort` int(11) NOT NULL DEFAULT '0' COMMENT '课程排序(前端显示使用)',
  `count_buy` int(11) NOT NULL DEFAULT '0' COMMENT '购买人数',
  `count_study` int(11) NOT NULL DEFAULT '0' COMMENT '学习人数',
  `period_total` int(11) NOT NULL DEFAULT '0' COMMENT '总课时数',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='课程信息';

#
# Structure for table "course_audit"
#

CREATE TABLE `course_audit` (
  `id` bigint(20) NOT NULL COMMENT '主键',
  `gmt_create` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `gmt_modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '修改时间',
  `status_id` tinyint(3) unsigned NOT NULL DEFAULT '1' COMMENT '状态(1:正常，0:禁用)',
  `sort` int(11) NOT NULL DEFAULT '1' COMMENT '排序',
  `audit_status` int(11) NOT NULL DEFAULT '0' COMMENT '审核状态(0:待审核,1:审核通过,2:审核不通过)',
  `audit_opinion` varchar(1024) DEFAULT NULL COMMENT '审核意见',
  `lecturer_user_no` bigint(20) NOT NULL DEFAULT '0' COMMENT '讲师用户编码',
  `category_id1` bigint(20) DEFAULT '0' COMMENT '一级分类ID',
  `category_id2` bigint(20) DEFAULT '0' COMMENT '二级分类ID',
  `category_id3` bigint(20) DEFAULT '0' COMMENT '三级分类ID',
  `course_name` varchar(255) NOT NULL DEFAULT '' COMMENT '课程名称',
  `course_logo` varchar(255) NOT NULL DEFAULT '' COMMENT '课程封面',
  `introduce_id` bigint(20) DEFAULT '0' COMMENT '课程介绍ID',
  `is_free` tinyint(3) NOT NULL DEFAULT '0' COMMENT '是否免费：1免费，0收费',
  `course_original` decimal(11,2) DEFAULT NULL COMMENT '原价',
  `course_discount` decimal(11,2) DEFAULT NULL COMMENT '优惠价',
  `is_putaway` tinyint(3) NOT NULL DEFAULT '1' COMMENT '是否上架(1:上架，0:下架)',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='课程信息-审核';

#
# Structure for table "course_category"
#

CREATE TABLE `course_category` (
  `id` bigint(20) NOT NULL COMMENT '主键',
  `gmt_create` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `gmt_modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '修改时间',
  `status_id` tinyint(3) unsigned NOT NULL DEFAULT '1' COMMENT '状态(1:正常，0:禁用)',
  `sort` int(11) NOT NULL DEFAULT '1' COMMENT '排序',
  `parent_id` bigint(20) NOT NULL DEFAULT '0' COMMENT '父分类ID',
  `category_type` tinyint(3) NOT NULL DEFAULT '1' COMMENT '分类类型(1课程，2资源)',
  `category_name` varchar(50) NOT NULL COMMENT '分类名称',
  `floor` tinyint(3) unsigned NOT NULL DEFAULT '1' COMMENT '层级',
  `remark` varchar(255) DEFAULT NULL COMMENT '备注',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='课程分类';

#
# Structure for table "course_chapter"
#

CREATE TABLE `course_chapter` (
  `id` bigint(20) NOT NULL COMMENT '主键',
  `gmt_create` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `gmt_modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '修改时间',
  `status_id` tinyint(3) unsigned NOT NULL DEFAULT '1' COMMENT '状态(1:正常，0:禁用)',
  `sort` int(11) NOT NULL DEFAULT '1' COMMENT '排序',
  `course_id` bigint(20) NOT NULL DEFAULT '0' COMMENT '课程ID',
  `chapter_name` varchar(64) NOT NULL COMMENT '章节名称',
  `chapter_desc` varchar(255) DEFAULT NULL COMMENT '章节描述',
  `is_free` tinyint(3) unsigned NOT NULL DEFAULT '0' COMMENT '是否免费：1免费，0收费',
  `chapter_original` decimal(11,2) DEFAULT NULL COMMENT '原价',
  `chapter_discount` decimal(11,2) DEFAULT NULL COMMENT '优惠价',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='章节信息';

#
# Structure for table "course_user_study"
#

CREATE TABLE `course_user_study` (
  `id` bigint(20) NOT NULL COMMENT '主键',
  `gmt_create` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `gmt_modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '修改时间',
  `status_id` tinyint(3) unsigned NOT NULL DEFAULT '1' COMMENT '状态(1:正常，0:禁用)',
  `sort` int(11) NOT NULL DEFAULT '1' COMMENT '排序',
  `course_id` bigint(20) NOT NULL DEFAULT '0' COMMENT '课程ID',
  `user_no` bigint(20) NOT NULL COMMENT '用户编号',
  `period_total` int(11) NOT NULL DEFAULT '0' COMMENT '总课时数',
  `period_study` int(11) NOT NULL DEFAULT '0' COMMENT '已学习课时数',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_course_id_user_no` (`course_id`,`user_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='课程用户关联表';

#
# Structure for table "course_user_study_log"
#

CREATE TABLE `course_user_study_log` (
  `id` bigint(20) NOT NULL COMMENT '主键',
  `gmt_create` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `course_id` bigint(20) NOT NULL DEFAULT '0' COMMENT '课程编号',
  `course_name` varchar(255) NOT NULL COMMENT '课程名称',
  `chapter_id` bigint(20) NOT NULL DEFAULT '0' COMMENT '章节编号',
  `chapter_name` varchar(255) NOT NULL COMMENT '章节名称',
  `period_id` bigint(20) NOT NULL DEFAULT '0' COMMENT '课时编号',
  `period_name` varchar(255) NOT NULL COMMENT '课时名称',
  `user_no` bigint(20) NOT NULL DEFAULT '0' COMMENT '用户编号',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='课程用户学习日志';

#
# Structure for table "course_video"
#

CREATE TABLE `course_video` (
  `id` bigint(20) NOT NULL COMMENT '主键',
  `gmt_create` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `gmt_modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '修改时间',
  `status_id` tinyint(3) unsigned NOT NULL DEFAULT '1' COMMENT '状态(1:正常，0:禁用)',
  `sort` int(11) NOT NULL DEFAULT '1' COMMENT '排序',
  `course_id` bigint(20) NOT NULL DEFAULT '0' COMMENT '课程ID',
  `chapter_id` bigint(20) NOT NULL DEFAULT '0' COMMENT '章节ID',
  `period_id` bigint(20) NOT NULL DEFAULT '0' COMMENT '课时ID',
  `video_name` varchar(255) DEFAULT NULL COMMENT '视频名称',
  `video_no` bigint(20) DEFAULT NULL COMMENT '视频编号',
  `video_status` tinyint(3) NOT NULL DEFAULT '0' COMMENT '视频状态(1待上传，2上传成功，3上传失败)',
  `video_length` varchar(36) DEFAULT NULL COMMENT '时长',
  `video_vid` varchar(50) DEFAULT NULL COMMENT '视频ID',
  `video_oas_id` varchar(255) DEFAULT NULL COMMENT '阿里云oas',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='课程视频信息';

#
# Structure for table "dic"
#

CREATE TABLE `dic` (
  `id` bigint(20) unsigned NOT NULL DEFAULT '0' COMMENT '主键',
  `gmt_create` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `gmt_modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '修改时间',
  `status_id` tinyint(3) unsigned NOT NULL DEFAULT '1' COMMENT '状态(1:正常，0:禁用)',
  `sort` int(11) unsigned NOT NULL DEFAULT '1' COMMENT '排序',
  `field_name` varchar(50) NOT NULL DEFAULT '' COMMENT '字段名',
  `remark` varchar(255) DEFAULT NULL COMMENT '备注',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='数据字典';

#
# Structure for table "dic_list"
#

CREATE TABLE `dic_list` (
  `id` bigint(20) unsigned NOT NULL DEFAULT '0' COMMENT '主键',
  `gmt_create` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `gmt_modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '修改时间',
  `status_id` tinyint(3) unsigned NOT NULL DEFAULT '1' COMMENT '状态(1:正常，0:禁用)',
  `sort` int(11) unsigned NOT NULL DEFAULT '1' COMMENT '排序',
  `field_id` bigint(20) NOT NULL DEFAULT '0' COMMENT '字段ID',
  `field_key` varchar(255) NOT NULL COMMENT '字段KEY',
  `field_value` varchar(255) NOT NULL COMMENT '字段VALUE',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='数据字典明细表';

#
# Structure for table "order_info"
#

CREATE TABLE `order_info` (
  `id` bigint(20) NOT NULL COMMENT '主键',
  `gmt_create` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `gmt_modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '修改时间',
  `lecturer_user_no` bigint(20) NOT NULL COMMENT '讲师用户编号',
  `lecturer_name` varchar(50) NOT NULL COMMENT '讲师名称',
  `user_no` bigint(20) NOT NULL COMMENT '用户编号',
  `mobile` varchar(11) NOT NULL COMMENT '用户电话',
  `register_time` datetime DEFAULT NULL COMMENT '用户注册时间',
  `order_no` bigint(20) NOT NULL COMMENT '订单号',
  `course_id` bigint(20) NOT NULL DEFAULT '0' COMMENT '课程ID',
  `course_name` varchar(50) NOT NULL COMMENT '课程名称',
  `price_payable` decimal(11,2) DEFAULT NULL COMMENT '应付金额',
  `price_discount` decimal(11,2) DEFAULT NULL COMMENT '优惠金额',
  `price_paid` decimal(11,2) DEFAULT NULL COMMENT '实付金额',
  `platform_profit` decimal(11,2) DEFAULT NULL COMMENT '平台收入',
  `lecturer_profit` decimal(11,2) DEFAULT NULL COMMENT '讲师收入',
  `trade_type` tinyint(3) unsigned NOT NULL DEFAULT '0' COMMENT '交易类型：1线上支付，2线下支付',
  `pay_type` tinyint(3) unsigned NOT NULL DEFAULT '0' COMMENT '支付方式：1微信支付，2支付宝支付',
  `channel_type` tinyint(3) unsigned NOT NULL DEFAULT '0' COMMENT '购买渠道：1web',
  `order_status` tinyint(3) unsigned NOT NULL DEFAULT '0' COMMENT '订单状态：1待支付，2成功支付，3支付失败，4已关闭',
  `is_show_lecturer` tinyint(3) unsigned NOT NULL DEFAULT '1' COMMENT '是否显示给讲师(1是，0否)',
  `is_show_user` tinyint(3) unsigned NOT NULL DEFAULT '1' COMMENT '是否显示给用户看(1是，0否)',
  `remark_cus` varchar(255) DEFAULT NULL COMMENT '客户备注',
  `remark` varchar(255) DEFAULT NULL COMMENT '后台备注',
  `pay_time` datetime DEFAULT NULL COMMENT '支付时间',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_order_no` (`order_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='订单信息表';

#
# Structure for table "order_pay"
#

CREATE TABLE `order_pay` (
  `id` bigint(20) NOT NULL COMMENT '主键',
  `gmt_create` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `order_no` bigint(20) NOT NULL COMMENT '订单号',
  `serial_number` bigint(20) NOT NULL DEFAULT '0' COMMENT '流水号',
  `order_status` tinyint(3) unsigned NOT NULL DEFAULT '0' COMMENT '订单状态：1待支付，2成功支付，3支付失败，4已关闭，5已退款, 6订单解绑',
  `pay_type` tinyint(3) unsigned NOT NULL DEFAULT '0' COMMENT '支付方式：1微信支付，2支付宝支付，3积分支付，4手工录单',
  `pay_time` datetime DEFAULT NULL COMMENT '支付时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='订单支付信息表';

#
# Structure for table "zone"
#

CREATE TABLE `zone` (
  `id` bigint(20) NOT NULL COMMENT '主键',
  `gmt_create` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `gmt_modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '修改时间',
  `status_id` tinyint(3) unsigned NOT NULL DEFAULT '1' COMMENT '状态(1:正常;0:禁用)',
  `sort` int(11) NOT NULL DEFAULT '1' COMMENT '排序',
  `zone_name` varchar(50) NOT NULL DEFAULT '' COMMENT '名称',
  `zone_desc` varchar(255) DEFAULT NULL COMMENT '描述',
  `zone_location` tinyint(3) NOT NULL DEFAULT '0' COMMENT '位置(0电脑端，1微信端)',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='专区';

#
# Structure for table "zone_course"
#

CREATE TABLE `zone_course` (
  `id` bigint(20) NOT NULL COMMENT '主键',
  `gmt_create` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `gmt_modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '修改时间',
  `status_id` tinyint(3) unsigned NOT NULL DEFAULT '1' COMMENT '状态(1:正常;0:禁用)',
  `sort` int(11) NOT NULL COMMENT '排序',
  `zone_id` bigint(20) NOT NULL DEFAULT '0' COMMENT '专区编号',
  `zone_location` tinyint(3) NOT NULL DEFAULT '0' COMMENT '位置(0电脑端，1微信端)',
  `course_id` bigint(20) NOT NULL DEFAULT '0' COMMENT '课程ID',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='专区课程关联表';
