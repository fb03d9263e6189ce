-- source: jeecgboot/jeewx-boot db/jeewx-boot-mysql.sql @ 8436b27542477403b8394accf6432e098c529a7f + huodong/jeewx-boot-module-goldenegg/doc/db/goldeneggs-initdata.sql @ 89452a9361e0661c7dc7ee4f3def97989290d5b8, concatenated in load order; CREATE TABLE statements only (INSERT/UPDATE/DELETE/ALTER dropped)
/*
Navicat MySQL Data Transfer

Source Server         : mysql
Source Server Version : 50037
Source Host           : localhost:3306
Source Database       : jeewx-boot-201907

Target Server Type    : MYSQL
Target Server Version : 50037
File Encoding         : 65001

Date: 2019-07-13 09:49:28
*/

SET FOREIGN_KEY_CHECKS=0;

-- ----------------------------
-- Table structure for cms_ad
-- ----------------------------
DROP TABLE IF EXISTS `cms_ad`;
CREATE TABLE `cms_ad` (
  `id` varchar(36) NOT NULL,
  `create_name` varchar(50) default NULL COMMENT 'createName',
  `create_by` varchar(50) default NULL COMMENT 'createBy',
  `create_date` datetime default NULL COMMENT 'createDate',
  `title` varchar(20) default NULL COMMENT '标题',
  `image_href` varchar(255) default NULL COMMENT '图片地址',
  `is_show` int(1) default NULL COMMENT '是否显示，0不显示，1显示',
  `resume` varchar(255) default NULL COMMENT '简述',
  `link` varchar(500) default NULL COMMENT '链接',
  `sort` int(2) default NULL COMMENT '顺序',
  `html_link` varchar(255) default NULL COMMENT 'H5网站网址',
  `main_id` varchar(255) default NULL COMMENT '站点ID',
  PRIMARY KEY  (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='广告表';

-- ----------------------------
-- Table structure for cms_article
-- ----------------------------
DROP TABLE IF EXISTS `cms_article`;
CREATE TABLE `cms_article` (
  `id` varchar(36) NOT NULL,
  `title` varchar(50) default NULL COMMENT '标题',
  `image_href` varchar(255) default NULL COMMENT '图片地址',
  `summary` varchar(1000) default NULL COMMENT '摘要',
  `content_html` longtext,
  `content` longtext COMMENT '内容',
  `column_id` varchar(36) default NULL COMMENT '栏目id',
  `create_name` varchar(255) default NULL COMMENT '创建人',
  `create_by` varchar(255) default NULL COMMENT '创建人id',
  `create_date` datetime default NULL COMMENT '创建日期',
  `publish` varchar(32) default NULL COMMENT '是否发布',
  `publish_date` datetime default NULL COMMENT '发布时间',
  `author` varchar(32) default NULL COMMENT '作者',
  `label` varchar(200) default NULL COMMENT '标签',
  `serial_number` int(10) default NULL COMMENT '序号',
  `code` varchar(50) default NULL COMMENT '文章编码',
  `is_link` int(1) default NULL COMMENT '是否链接，0没有链接，1链接',
  `link` varchar(300) default NULL COMMENT '链接地址',
  `is_show` int(1) default NULL COMMENT '是否在明细页面显示 0不显示，1显示',
  `main_id` varchar(255) default NULL COMMENT '站点ID',
  PRIMARY KEY  (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='文章表';

-- ----------------------------
-- Table structure for cms_menu
-- ----------------------------
DROP TABLE IF EXISTS `cms_menu`;
CREATE TABLE `cms_menu` (
  `id` varchar(36) NOT NULL,
  `create_by` varchar(255) default NULL,
  `create_date` datetime default NULL,
  `create_name` varchar(255) default NULL,
  `image_href` varchar(255) default NULL COMMENT '图片地址',
  `image_name` varchar(255) default NULL COMMENT '图片名称',
  `name` varchar(20) default NULL COMMENT '栏目名称',
  `type` varchar(20) default NULL COMMENT '类型',
  `parent_code` varchar(36) default NULL COMMENT '父节点',
  `href` varchar(100) default NULL COMMENT '地址',
  `template_code` varchar(100) default NULL COMMENT '模版样式',
  `serial_number` int(10) default NULL COMMENT '序号',
  `content` varchar(1000) default NULL COMMENT '描述',
  `main_id` varchar(255) default NULL COMMENT '站点ID',
  `html_link` varchar(255) default NULL COMMENT 'H5链接地址',
  `is_show` int(1) default NULL COMMENT '是否显示0显示，1显示',
  `column_color` varchar(255) default NULL,
  PRIMARY KEY  (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='栏目表';

-- ----------------------------
-- Table structure for cms_site
-- ----------------------------
DROP TABLE IF EXISTS `cms_site`;
CREATE TABLE `cms_site` (
  `id` varchar(36) NOT NULL,
  `update_name` varchar(50) default NULL,
  `update_date` datetime default NULL,
  `create_date` datetime default NULL,
  `create_name` varchar(50) default NULL,
  `company_tel` varchar(50) default NULL COMMENT '公司电话',
  `site_logo` varchar(200) default NULL COMMENT '站点Logo',
  `site_name` varchar(100) default NULL COMMENT '站点名称',
  `site_template_style` varchar(50) default NULL COMMENT '站点模板',
  `record_information` varchar(5000) default NULL COMMENT '备案信息',
  `longitude` varchar(50) default NULL COMMENT '经度',
  `latitude` varchar(50) default NULL COMMENT '纬度',
  `jwid` varchar(64) default NULL COMMENT '微信公众号',
  `hdurl` varchar(255) default NULL COMMENT '长链接',
  `short_url` varchar(255) default NULL COMMENT '短链接',
  `project_code` varchar(32) default NULL COMMENT '项目编码',
  `share_friend_title` varchar(50) default NULL COMMENT '分享给朋友标题',
  `share_friend_desc` varchar(255) default NULL COMMENT '分享给朋友描述',
  `share_friend_circle` varchar(50) default NULL COMMENT '分享到朋友圈标题',
  `appid` varchar(100) default NULL COMMENT 'appid',
  `site_background_img` varchar(255) default NULL,
  PRIMARY KEY  (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='站点';

-- ----------------------------
-- Table structure for cms_style
-- ----------------------------
DROP TABLE IF EXISTS `cms_style`;
CREATE TABLE `cms_style` (
  `id` varchar(36) NOT NULL,
  `create_date` datetime default NULL,
  `create_name` varchar(50) default NULL,
  `update_date` datetime default NULL,
  `update_name` varchar(50) default NULL,
  `template_name` varchar(100) default NULL COMMENT '模板名称',
  `review_img_url` varchar(100) default NULL COMMENT '预览图',
  `template_url` varchar(200) default NULL COMMENT '模板地址',
  PRIMARY KEY  (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='站点模板';

-- ----------------------------
-- Table structure for jw_system_account
-- ----------------------------
DROP TABLE IF EXISTS `jw_system_account`;
CREATE TABLE `jw_system_account` (
  `id` varchar(32) NOT NULL COMMENT 'ID',
  `user_id` varchar(50) default NULL COMMENT '用户ID',
  `amount` decimal(11,2) default '0.00' COMMENT '余额',
  `status` varchar(255) default NULL COMMENT '状态',
  `remark` varchar(255) default NULL COMMENT '备注',
  `create_by` varchar(255) default NULL COMMENT '创建人',
  `create_time` datetime default NULL COMMENT '创建时间',
  PRIMARY KEY  (`id`),
  KEY `idx_userid` USING BTREE (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='系统账户表';

-- ----------------------------
-- Table structure for jw_system_act
-- ----------------------------
DROP TABLE IF EXISTS `jw_system_act`;
CREATE TABLE `jw_system_act` (
  `id` varchar(32) NOT NULL COMMENT 'ID',
  `act_id` varchar(100) NOT NULL COMMENT '活动ID',
  `act_name` varchar(500) NOT NULL COMMENT '活动名称',
  `begin_time` datetime default NULL COMMENT '活动开始时间',
  `end_time` datetime default NULL COMMENT '活动结束时间',
  `status` varchar(255) default NULL COMMENT '状态(启用/不启用)',
  `jwid` varchar(64) NOT NULL COMMENT '微信原始ID',
  `hdurl` varchar(2000) default NULL COMMENT '活动链接',
  `short_url` varchar(255) default NULL COMMENT '短链接',
  `organizer` varchar(255) default NULL COMMENT '组织单位',
  `join_num` int(11) default NULL COMMENT '参与数',
  `share_num` int(11) default NULL COMMENT '分享数',
  `create_name` varchar(50) default NULL COMMENT '创建人',
  `create_time` datetime default NULL COMMENT '创建时间',
  `update_name` varchar(50) default NULL COMMENT '修改人',
  `update_time` datetime default NULL COMMENT '修改时间',
  `delete_flag` varchar(255) default NULL COMMENT '删除标识：0正常，1删除,2永久删除',
  `delete_time` datetime default NULL COMMENT '删除时间',
  `is_hot_act` varchar(2) default '1' COMMENT '是否为热门活动：''0''：否，''1''是',
  `project_code` varchar(30) default NULL COMMENT '活动类型',
  `table_name` varchar(255) default NULL COMMENT '表名',
  PRIMARY KEY  (`id`),
  UNIQUE KEY `uniq_actcode` USING BTREE (`act_id`),
  KEY `idx_createtime` USING BTREE (`create_time`),
  KEY `idx_begintime` USING BTREE (`begin_time`),
  KEY `idx_endtime` USING BTREE (`end_time`),
  KEY `idx_projectcode` USING BTREE (`project_code`),
  KEY `idx_jwid` USING BTREE (`jwid`),
  KEY `idx_createname` USING BTREE (`create_name`),
  KEY `idx_ishotact` USING BTREE (`is_hot_act`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='活动项目表';

-- ----------------------------
-- Table structure for jw_system_act_analysis
-- ----------------------------
DROP TABLE IF EXISTS `jw_system_act_analysis`;
CREATE TABLE `jw_system_act_analysis` (
  `id` varchar(32) NOT NULL COMMENT '主键',
  `act_id` varchar(100) NOT NULL COMMENT '活动ID',
  `project_code` varchar(100) default NULL COMMENT '活动类型CODE',
  `join_num` int(11) default NULL COMMENT '当日参与数',
  `share_num` int(11) default NULL COMMENT '当日分享数',
  `total_join_num` int(11) default NULL COMMENT '累计参与数',
  `total_share_num` int(11) default NULL COMMENT '累计分享数',
  `ref_date` date default NULL COMMENT '统计日期',
  `create_name` varchar(50) default NULL COMMENT '创建人',
  `create_time` datetime default NULL COMMENT '创建时间',
  PRIMARY KEY  (`id`),
  KEY `index_refdate` USING BTREE (`ref_date`),
  KEY `index_projectcode` USING BTREE (`project_code`),
  KEY `index_actid` USING BTREE (`act_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='活动统计分析表';

-- ----------------------------
-- Table structure for jw_system_act_txt
-- ----------------------------
DROP TABLE IF EXISTS `jw_system_act_txt`;
CREATE TABLE `jw_system_act_txt` (
  `id` varchar(32) NOT NULL COMMENT '主键',
  `code` varchar(100) NOT NULL COMMENT '文本编码',
  `type` varchar(255) default NULL,
  `content` text NOT NULL COMMENT '文本内容',
  `discribe` varchar(100) default NULL COMMENT '文本描述',
  `act_code` varchar(32) NOT NULL COMMENT '所属活动',
  `jwid` varchar(64) default NULL COMMENT '微信原始ID',
  `creat_name` varchar(50) default NULL COMMENT '创建人',
  `creat_time` datetime default NULL COMMENT '创建时间',
  `update_name` varchar(50) default NULL COMMENT '修改人',
  `update_time` datetime default NULL COMMENT '修改时间',
  PRIMARY KEY  (`id`),
  UNIQUE KEY `uniq_code_actcode` USING BTREE (`code`,`act_code`),
  KEY `idx_code_actcode` USING BTREE (`code`,`act_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='系统文本表';

-- ----------------------------
-- Table structure for jw_system_auth
-- ----------------------------
DROP TABLE IF EXISTS `jw_system_auth`;
CREATE TABLE `jw_system_auth` (
  `id` bigint(20) unsigned NOT NULL auto_increment COMMENT '序号',
  `auth_id` varchar(32) collate utf8_bin NOT NULL default '' COMMENT '权限编码',
  `auth_name` varchar(100) collate utf8_bin default NULL COMMENT '权限名称',
  `is_logs` char(2) collate utf8_bin default NULL COMMENT '是否记录日志 0不记录 1记录',
  `auth_type` varchar(2) collate utf8_bin default NULL COMMENT '权限类型 0:菜单;1:功能',
  `auth_desc` varchar(120) collate utf8_bin default NULL COMMENT '权限说明',
  `auth_contr` varchar(256) collate utf8_bin default NULL COMMENT '权限控制',
  `parent_auth_id` varchar(32) collate utf8_bin default NULL COMMENT '上一级权限编码',
  `sort_no` int(11) default NULL COMMENT '排序',
  `biz_level` char(2) collate utf8_bin default NULL COMMENT '层级',
  `leaf_ind` char(2) collate utf8_bin default NULL COMMENT '是否叶子节点',
  `del_stat` char(2) collate utf8_bin NOT NULL default '0' COMMENT '删除标志 0未删除 1已删除',
  `icon_type` varchar(50) collate utf8_bin default NULL COMMENT '图标类型',
  PRIMARY KEY  (`id`),
  UNIQUE KEY `uniq_authid` USING BTREE (`auth_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_bin COMMENT='系统权限菜单表';

-- ----------------------------
-- Table structure for jw_system_auth_mutex
-- ----------------------------
DROP TABLE IF EXISTS `jw_system_auth_mutex`;
CREATE TABLE `jw_system_auth_mutex` (
  `id` bigint(20) unsigned NOT NULL auto_increment COMMENT '序号',
  `auth_id` varchar(32) NOT NULL COMMENT '权限编码',
  `mutex_auth_id` varchar(32) NOT NULL COMMENT '互斥权限编码',
  PRIMARY KEY  (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='系统权限互斥表';

-- ----------------------------
-- Table structure for jw_system_brush_ticket_list
-- ----------------------------
DROP TABLE IF EXISTS `jw_system_brush_ticket_list`;
CREATE TABLE `jw_system_brush_ticket_list` (
  `data_id` varchar(50) NOT NULL,
  PRIMARY KEY  (`data_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='刷票黑名单表';

-- ----------------------------
-- Table structure for jw_system_logo_title
-- ----------------------------
DROP TABLE IF EXISTS `jw_system_logo_title`;
CREATE TABLE `jw_system_logo_title` (
  `id` varchar(32) NOT NULL,
  `logo` varchar(100) default NULL COMMENT '系统的logo',
  `title1` varchar(100) default NULL COMMENT '系统名称',
  `title2` varchar(100) default NULL COMMENT '系统名称',
  `title3` varchar(100) default NULL COMMENT '系统名称',
  `login_page_head` text COMMENT '登录页的head',
  `login_page_footer` text COMMENT '登录页的footer',
  `huodong_bottom_copyright` text COMMENT '自定义广告位内容',
  `charging_desc` text COMMENT '收费说明'
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='系统logo和title设置表';

-- ----------------------------
-- Table structure for jw_system_project
-- ----------------------------
DROP TABLE IF EXISTS `jw_system_project`;
CREATE TABLE `jw_system_project` (
  `id` varchar(32) NOT NULL COMMENT '主键',
  `code` varchar(100) NOT NULL COMMENT '项目编码',
  `name` varchar(100) NOT NULL COMMENT '项目名称',
  `logo_img` varchar(255) default NULL COMMENT 'logo图',
  `img` varchar(255) default NULL COMMENT '项目图片',
  `discribe` text COMMENT '活动描述',
  `bjurl` varchar(300) default NULL COMMENT '编辑地址',
  `hdurl` varchar(200) default NULL COMMENT '入口地址',
  `gif_url` varchar(1000) default NULL COMMENT 'gif图片地址',
  `hdzs_url` varchar(1000) default NULL COMMENT '活动真实访问地址（最终）',
  `sc_type` tinyint(10) default '1' COMMENT ' 默认值1  1授权素材/2本地素材',
  `detail` text COMMENT '详情',
  `entrance` varchar(2000) default NULL COMMENT '入口地址',
  `type` varchar(200) default NULL COMMENT '类型',
  `sort` varchar(200) default NULL COMMENT '排序',
  `project_classify_id` varchar(32) default NULL COMMENT '项目分类ID',
  `application_type` varchar(10) default NULL COMMENT '应用类型',
  `creat_name` varchar(50) default NULL COMMENT '创建人',
  `creat_time` datetime default NULL COMMENT '创建时间',
  `update_name` varchar(50) default NULL COMMENT '修改人',
  `update_time` datetime default NULL COMMENT '修改时间',
  PRIMARY KEY  (`id`),
  UNIQUE KEY `uniq_code` USING BTREE (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='系统项目管理表';

-- ----------------------------
-- Table structure for jw_system_project_classify
-- ----------------------------
DROP TABLE IF EXISTS `jw_system_project_classify`;
CREATE TABLE `jw_system_project_classify` (
  `id` varchar(32) NOT NULL,
  `name` varchar(100) default NULL COMMENT '分类名称',
  `base_id` varchar(32) default NULL COMMENT '父ID',
  `base_name` varchar(100) default NULL COMMENT '父分类名称',
  `sort` varchar(100) default NULL COMMENT '排序',
  `creat_name` varchar(50) default NULL COMMENT '创建人',
  `create_time` datetime default NULL COMMENT '创建时间',
  `update_name` varchar(50) default NULL COMMENT '更新人名称',
  PRIMARY KEY  (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='系统项目分类表';

-- ----------------------------
-- Table structure for jw_system_project_error_config
-- ----------------------------
DROP TABLE IF EXISTS `jw_system_project_error_config`;
CREATE TABLE `jw_system_project_error_config` (
  `id` varchar(32) NOT NULL COMMENT '主键',
  `project_url` varchar(255) NOT NULL COMMENT '请求规则',
  `name` varchar(100) NOT NULL COMMENT '规则说明',
  `redirect_url` varchar(255) NOT NULL COMMENT '跳转地址',
  `creat_name` varchar(50) default NULL COMMENT '创建人',
  `creat_time` datetime default NULL COMMENT '创建时间',
  `update_name` varchar(50) default NULL COMMENT '修改人',
  `update_time` datetime default NULL COMMENT '修改时间',
  `jwid` varchar(64) NOT NULL COMMENT '微信公众号',
  PRIMARY KEY  (`id`),
  UNIQUE KEY `uniq_projecturl` USING BTREE (`project_url`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='系统错误规则配置表';

-- ----------------------------
-- Table structure for jw_system_qrcode_record
-- ----------------------------
DROP TABLE IF EXISTS `jw_system_qrcode_record`;
CREATE TABLE `jw_system_qrcode_record` (
  `id` varchar(32) NOT NULL,
  `jwid` varchar(50) default NULL,
  `openid` varchar(50) default NULL,
  `scene_id` varchar(32) NOT NULL COMMENT '场景id',
  `expire_seconds` int(11) default NULL COMMENT '有效时间秒',
  `qrcode_url` varchar(1000) default NULL COMMENT '图片地址',
  `create_time` datetime default NULL COMMENT '创建时间',
  PRIMARY KEY  (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='系统二维码记录表';

-- ----------------------------
-- Table structure for jw_system_register
-- ----------------------------
DROP TABLE IF EXISTS `jw_system_register`;
CREATE TABLE `jw_system_register` (
  `id` varchar(36) NOT NULL,
  `email` varchar(50) default NULL COMMENT '注册邮箱',
  `password` varchar(100) default NULL COMMENT '密码',
  `authstring` varchar(36) default NULL COMMENT '验证串',
  `registertime` datetime default NULL COMMENT '注册时间',
  `lastresendtime` datetime default NULL COMMENT '重发时间',
  `checksign` int(11) default NULL COMMENT '确认标志',
  PRIMARY KEY  (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='系统用户注册表';

-- ----------------------------
-- Table structure for jw_system_role
-- ----------------------------
DROP TABLE IF EXISTS `jw_system_role`;
CREATE TABLE `jw_system_role` (
  `id` bigint(20) unsigned NOT NULL auto_increment COMMENT '序号',
  `role_id` varchar(32) collate utf8_bin NOT NULL default '' COMMENT '角色编码',
  `role_name` varchar(100) collate utf8_bin default NULL COMMENT '角色名称',
  `crt_operator` varchar(64) collate utf8_bin default NULL COMMENT '创建人',
  `crt_dt` datetime default NULL COMMENT '创建日期',
  `role_typ` char(4) collate utf8_bin default NULL COMMENT '角色种类',
  `del_stat` char(2) collate utf8_bin default NULL COMMENT '删除标志',
  `creator` varchar(64) collate utf8_bin default NULL COMMENT '建立者',
  `editor` varchar(64) collate utf8_bin default NULL COMMENT '编辑者',
  `create_dt` timestamp NULL default NULL COMMENT '建立日期',
  `edit_dt` timestamp NULL default NULL COMMENT '编辑日期',
  `last_edit_dt` timestamp NULL default NULL COMMENT '上次修改日期',
  `record_version` char(8) collate utf8_bin default NULL COMMENT '版本号',
  PRIMARY KEY  (`id`),
  UNIQUE KEY `uniq_roleid` USING BTREE (`role_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_bin COMMENT='系统角色表';

-- ----------------------------
-- Table structure for jw_system_role_auth_rel
-- ----------------------------
DROP TABLE IF EXISTS `jw_system_role_auth_rel`;
CREATE TABLE `jw_system_role_auth_rel` (
  `role_id` varchar(32) collate utf8_bin NOT NULL default '' COMMENT '角色编码',
  `auth_id` varchar(32) collate utf8_bin NOT NULL default '' COMMENT '权限编码',
  PRIMARY KEY  (`role_id`,`auth_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_bin COMMENT='系统角色权限关联表';

-- ----------------------------
-- Table structure for jw_system_user
-- ----------------------------
DROP TABLE IF EXISTS `jw_system_user`;
CREATE TABLE `jw_system_user` (
  `id` bigint(20) unsigned NOT NULL auto_increment COMMENT '序号',
  `user_id` varchar(32) collate utf8_bin default '' COMMENT '用户编码',
  `user_name` varchar(32) collate utf8_bin default NULL COMMENT '用户名称',
  `password` varchar(64) collate utf8_bin default NULL COMMENT '密码',
  `user_erp_no` varchar(64) collate utf8_bin default NULL COMMENT '用户ERP号',
  `user_typ` char(2) collate utf8_bin default NULL COMMENT '用户种类',
  `ope_dep_id` char(12) collate utf8_bin default NULL COMMENT '部门编码',
  `ope_phone_num` varchar(20) collate utf8_bin default NULL COMMENT '手机电话',
  `email` varchar(64) collate utf8_bin default NULL COMMENT '注册邮箱',
  `ope_email_authinfo` varchar(32) collate utf8_bin default NULL COMMENT '邮箱认证信息',
  `user_icon` varchar(2000) collate utf8_bin default NULL COMMENT '企业logo',
  `ope_mobile_auth_ind` char(2) collate utf8_bin default NULL COMMENT '手机是否认证',
  `ope_email_auth_ind` char(2) collate utf8_bin default NULL COMMENT '邮箱是否认证',
  `id_num` char(20) collate utf8_bin default NULL COMMENT '证件号码',
  `id_typ` char(2) collate utf8_bin default NULL COMMENT '证件种类',
  `state` char(2) collate utf8_bin default NULL COMMENT '状态',
  `user_stat` varchar(20) collate utf8_bin default NULL COMMENT '用户状态 NORMAL:正常；INVALID：无效',
  `last_logn_dttm` datetime default NULL COMMENT '上次登录日期',
  `last_logn_ip` char(15) collate utf8_bin default NULL COMMENT '上次登录IP',
  `ope_passwd_ind` char(2) collate utf8_bin default NULL COMMENT '是否保持密码',
  `del_stat` char(2) collate utf8_bin default NULL COMMENT '删除标志',
  `creator` varchar(64) collate utf8_bin default NULL COMMENT '建立者',
  `editor` varchar(64) collate utf8_bin default NULL COMMENT '编辑者',
  `create_dt` timestamp NULL default NULL COMMENT '建立日期',
  `edit_dt` timestamp NULL default NULL COMMENT '编辑日期',
  `last_edit_dt` timestamp NULL default NULL COMMENT '上次修改日期',
  `record_version` char(8) collate utf8_bin default NULL COMMENT '版本号',
  `openid` varchar(50) collate utf8_bin default NULL,
  `agent_id` varchar(32) collate utf8_bin default NULL COMMENT '代理商id',
  PRIMARY KEY  (`id`),
  UNIQUE KEY `uniq_userid` USING BTREE (`user_id`),
  UNIQUE KEY `unqi_openid` USING BTREE (`openid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_bin COMMENT='系统用户表';

-- ----------------------------
-- Table structure for jw_system_user_authorized
-- ----------------------------
DROP TABLE IF EXISTS `jw_system_user_authorized`;
CREATE TABLE `jw_system_user_authorized` (
  `id` varchar(32) NOT NULL,
  `user_id` varchar(32) default NULL COMMENT '用户id',
  `rel_name` varchar(255) default NULL COMMENT '商家姓名',
  `rel_phone` varchar(11) default NULL COMMENT '商家手机号',
  `authorized_grade` varchar(25) default NULL COMMENT '授权级别',
  `review_status` varchar(1) default NULL COMMENT '审核状态   0未审核 1审核通过 2审核未通过',
  `logo_set_end_date` date default NULL COMMENT 'logo个性化设置有效截止日期',
  `logo_set_content` text COMMENT '自定义广告位内容',
  `logo_cancel_flag` int(11) default '0' COMMENT '活动底部logo取消状态位 0：不取消  1：取消',
  PRIMARY KEY  (`id`),
  UNIQUE KEY `uniq_userId` USING BTREE (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='系统用户授权表';

-- ----------------------------
-- Table structure for jw_system_user_jwid
-- ----------------------------
DROP TABLE IF EXISTS `jw_system_user_jwid`;
CREATE TABLE `jw_system_user_jwid` (
  `id` varchar(32) NOT NULL,
  `user_id` varchar(32) NOT NULL COMMENT '用户编码',
  `jwid` varchar(64) NOT NULL COMMENT '公众号',
  `default_flag` varchar(50) default NULL COMMENT '1为默认登录公共号',
  PRIMARY KEY  (`id`),
  UNIQUE KEY `uniq` USING BTREE (`user_id`,`jwid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='系统用户公众号关联表';

-- ----------------------------
-- Table structure for jw_system_user_role_rel
-- ----------------------------
DROP TABLE IF EXISTS `jw_system_user_role_rel`;
CREATE TABLE `jw_system_user_role_rel` (
  `user_id` varchar(32) collate utf8_bin NOT NULL default '' COMMENT '用户id',
  `role_id` varchar(32) collate utf8_bin NOT NULL default '' COMMENT '角色id',
  PRIMARY KEY  (`user_id`,`role_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_bin COMMENT='系统用户角色关联表';

-- ----------------------------
-- Table structure for jw_web_jwid
-- ----------------------------
DROP TABLE IF EXISTS `jw_web_jwid`;
CREATE TABLE `jw_web_jwid` (
  `id` varchar(32) NOT NULL,
  `jwid` varchar(64) NOT NULL COMMENT '公众号',
  `name` varchar(64) NOT NULL COMMENT '名称',
  `application_type` varchar(10) default NULL COMMENT '应用类型',
  `qrcodeimg` varchar(255) default NULL COMMENT '微信二维码图片',
  `create_by` varchar(50) default NULL COMMENT '创建人',
  `create_time` datetime default NULL COMMENT '创建时间',
  `weixin_number` varchar(64) default NULL COMMENT '微信号',
  `weixin_appid` varchar(50) default NULL COMMENT '微信AppId',
  `weixin_appsecret` varchar(255) default NULL COMMENT '微信AppSecret',
  `account_type` varchar(255) default NULL COMMENT '公众号类型',
  `auth_status` varchar(255) default NULL COMMENT '是否认证',
  `access_token` varchar(2000) default NULL COMMENT 'Access_Token',
  `token_gettime` datetime default NULL COMMENT 'token获取的时间',
  `apiticket` varchar(255) default NULL COMMENT 'api凭证',
  `apiticket_gettime` datetime default NULL COMMENT 'apiticket获取时间',
  `jsapiticket` varchar(255) default NULL COMMENT 'jsapiticket',
  `jsapiticket_gettime` datetime default NULL COMMENT 'jsapiticket获取时间',
  `auth_type` varchar(10) default NULL COMMENT '类型：1手动授权，2扫码授权',
  `business_info` varchar(5000) default NULL COMMENT '功能的开通状况：1代表已开通',
  `func_info` varchar(5000) default NULL COMMENT '公众号授权给开发者的权限集',
  `nick_name` varchar(200) default NULL COMMENT '授权方昵称',
  `headimgurl` varchar(1000) default NULL COMMENT '授权方头像',
  `authorization_info` varchar(5000) default NULL COMMENT '授权信息',
  `authorizer_refresh_token` varchar(500) default NULL COMMENT '刷新token',
  `token` varchar(32) default NULL COMMENT '令牌',
  `authorization_status` varchar(10) default NULL COMMENT '授权状态（1正常，2已取消）',
  PRIMARY KEY  (`id`),
  UNIQUE KEY `uniq_jwid` USING BTREE (`jwid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='系统公众号表';

-- ----------------------------
-- Table structure for weixin_autoresponse
-- ----------------------------
DROP TABLE IF EXISTS `weixin_autoresponse`;
CREATE TABLE `weixin_autoresponse` (
  `ID` varchar(32) NOT NULL,
  `keyword` varchar(255) default NULL COMMENT '关键字',
  `msg_type` varchar(255) default NULL COMMENT '消息类型(text:文本消息,news:图文消息,voice:音频消息,video:视频消息,image,图片消息)',
  `template_id` varchar(255) default NULL COMMENT '模板ID',
  `template_name` varchar(255) default NULL COMMENT '关联模板名称',
  `JWID` varchar(100) default NULL COMMENT '微信ID',
  `keyword_type` varchar(5) default '1' COMMENT '关键字类型1:全匹配  2：模糊匹配',
  `create_by` varchar(64) default NULL COMMENT '创建人登录名称',
  `create_time` datetime default NULL COMMENT '创建时间',
  `update_by` varchar(64) default NULL COMMENT '修改人登录名称',
  `update_time` datetime default NULL COMMENT '修改时间',
  `ISWORK` varchar(10) default NULL COMMENT '是否启用',
  PRIMARY KEY  (`ID`),
  KEY `normal_keyword` USING BTREE (`keyword`),
  KEY `normal_tempId` USING BTREE (`template_id`),
  KEY `normal_jwid` USING BTREE (`JWID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='关键字表';

-- ----------------------------
-- Table structure for weixin_autoresponse_default
-- ----------------------------
DROP TABLE IF EXISTS `weixin_autoresponse_default`;
CREATE TABLE `weixin_autoresponse_default` (
  `ID` varchar(50) NOT NULL,
  `JWID` varchar(40) default NULL COMMENT '微信ID',
  `ISWORK` varchar(10) default NULL COMMENT '是否启用',
  `MSG_TYPE` varchar(40) default NULL COMMENT '消息类型(text:文本消息,news:图文消息,voice:音频消息,video:视频消息,image,图片消息)',
  `TEMPLATE_ID` varchar(50) NOT NULL COMMENT '模板ID',
  `TEMPLATE_NAME` varchar(200) NOT NULL COMMENT '模板名称',
  `msg_trigger_type` varchar(40) default NULL COMMENT '触发类型',
  `create_by` varchar(64) default NULL COMMENT '创建人登录名称',
  `create_time` datetime default NULL COMMENT '创建时间',
  `update_by` varchar(64) default NULL COMMENT '修改人登录名称',
  `update_time` datetime default NULL COMMENT '修改时间',
  PRIMARY KEY  (`ID`),
  KEY `normal_jwid` USING BTREE (`JWID`),
  KEY `normal_tempId` USING BTREE (`TEMPLATE_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='未识别回复语';

-- ----------------------------
-- Table structure for weixin_gzuser
-- ----------------------------
DROP TABLE IF EXISTS `weixin_gzuser`;
CREATE TABLE `weixin_gzuser` (
  `id` varchar(32) NOT NULL COMMENT '序号',
  `openid` varchar(32) default NULL COMMENT 'openid',
  `nickname` varchar(255) default NULL COMMENT '昵称',
  `nickname_txt` varchar(255) default NULL COMMENT '过滤后昵称',
  `bzname` varchar(255) default NULL COMMENT '备注名称',
  `headimgurl` varchar(500) default NULL COMMENT '用户头像',
  `sex` varchar(10) default NULL COMMENT '性别：''1'':男性；''2'':女性；''0'':未知',
  `subscribe` varchar(10) default NULL COMMENT '是否关注:''0'':未关注；''1'':关注',
  `subscribe_time` varchar(50) default NULL COMMENT '关注时间',
  `subscribe_scene` varchar(50) default NULL COMMENT '用户关注渠道来源',
  `mobile` varchar(20) default NULL COMMENT '手机号',
  `bind_status` varchar(10) default NULL COMMENT '绑定状态：''N'':未绑定；''Y'':已绑定；''V'':绑定中',
  `bind_time` datetime default NULL COMMENT '绑定时间',
  `tagid_list` varchar(1000) default NULL COMMENT '标签id',
  `province` varchar(255) default NULL COMMENT '省份',
  `city` varchar(255) default NULL COMMENT '城市',
  `country` varchar(255) default NULL COMMENT '地区',
  `qr_scene` varchar(20) default NULL COMMENT '二维码扫码场景',
  `qr_scene_str` varchar(255) default NULL COMMENT '二维码扫码常见描述',
  `groupid` varchar(64) default NULL COMMENT '用户所在分组id',
  `language` varchar(20) default NULL COMMENT '用户的语言，简体中文为zh_CN',
  `unionid` varchar(64) default NULL,
  `jwid` varchar(64) default NULL COMMENT '公众号原始id',
  `create_time` datetime default NULL COMMENT '创建时间',
  PRIMARY KEY  (`id`),
  UNIQUE KEY `uniq_openid` USING BTREE (`openid`),
  KEY `index_mobile` USING BTREE (`mobile`),
  KEY `index_qrScene` USING BTREE (`qr_scene`),
  KEY `index_jwid` USING BTREE (`jwid`),
  KEY `index_bindTime` USING BTREE (`bind_time`),
  KEY `index_tagidList` USING BTREE (`tagid_list`(255)),
  KEY `index_createTime` USING BTREE (`create_time`),
  KEY `index_subscribeTime` USING BTREE (`subscribe_time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='粉丝表';


-- ----------------------------
-- Table structure for weixin_huodong_biz_jwid
-- ----------------------------
DROP TABLE IF EXISTS `weixin_huodong_biz_jwid`;
CREATE TABLE `weixin_huodong_biz_jwid` (
  `id` varchar(32) NOT NULL COMMENT '序号',
  `table_name` varchar(255) default NULL COMMENT '表名称',
  `table_remake` varchar(255) default NULL COMMENT '表注释',
  `table_type` varchar(2) default NULL COMMENT '表类型：''1''：微信，''2''：活动',
  PRIMARY KEY  (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='微信活动jwid表';

-- ----------------------------
-- Table structure for weixin_linksucai
-- ----------------------------
DROP TABLE IF EXISTS `weixin_linksucai`;
CREATE TABLE `weixin_linksucai` (
  `id` varchar(36) NOT NULL,
  `create_name` varchar(50) default NULL COMMENT '创建人名称',
  `create_date` datetime default NULL COMMENT '创建日期',
  `update_name` varchar(50) default NULL COMMENT '修改人名称',
  `update_date` datetime default NULL COMMENT '修改日期',
  `name` varchar(100) default NULL COMMENT '链接名称',
  `outer_link` longtext COMMENT '外部链接',
  `content` longtext COMMENT '功能描述',
  `inner_link` longtext COMMENT '内部链接',
  `transfer_sign` int(11) default NULL COMMENT '转换标志',
  `accountid` varchar(100) default NULL COMMENT '微信账户id',
  `post_code` varchar(200) default NULL COMMENT '账号邮编',
  `share_status` varchar(10) default 'N' COMMENT '分享状态',
  `is_encrypt` int(2) NOT NULL default '0' COMMENT '是否加密（0：不加密，1：加密）',
  PRIMARY KEY  (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='微信素材链接表';

-- ----------------------------
-- Table structure for weixin_menu
-- ----------------------------
DROP TABLE IF EXISTS `weixin_menu`;
CREATE TABLE `weixin_menu` (
  `id` varchar(32) default NULL COMMENT '序号',
  `father_id` varchar(32) default NULL COMMENT '父id',
  `menu_key` varchar(64) default NULL COMMENT '菜单KEY',
  `menu_type` varchar(20) default NULL COMMENT '菜单类型',
  `menu_name` varchar(64) default NULL COMMENT '菜单名称',
  `url` varchar(2000) default NULL COMMENT '网页链接',
  `msgtype` varchar(10) default NULL COMMENT '相应消息类型',
  `orders` varchar(10) default NULL COMMENT '菜单位置',
  `template_id` varchar(32) default NULL COMMENT '关联素材id',
  `jwid` varchar(64) default NULL COMMENT '公众号原始id',
  `miniprogram_appid` varchar(64) default NULL COMMENT '小程序appid',
  `miniprogram_pagepath` varchar(255) default NULL COMMENT '小程序页面路径',
  `create_by` varchar(64) default NULL COMMENT '创建人登录名称',
  `create_time` datetime default NULL COMMENT '创建时间',
  `update_by` varchar(64) default NULL COMMENT '修改人登录名称',
  `update_time` datetime default NULL COMMENT '修改时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='微信菜单表';

-- ----------------------------
-- Table structure for weixin_newsitem
-- ----------------------------
DROP TABLE IF EXISTS `weixin_newsitem`;
CREATE TABLE `weixin_newsitem` (
  `id` varchar(32) default NULL COMMENT '序号',
  `newstemplate_id` varchar(32) default NULL COMMENT '图文id',
  `thumb_media_id` varchar(64) default NULL COMMENT '图文缩略图的media_id',
  `title` varchar(200) default NULL COMMENT '标题',
  `author` varchar(100) default NULL COMMENT '作者',
  `image_path` varchar(255) default NULL COMMENT '图片路径',
  `content` longtext COMMENT '内容',
  `description` varchar(500) default NULL,
  `order_no` varchar(10) default NULL COMMENT '素材顺序',
  `new_type` varchar(10) default NULL COMMENT '图文：news；外部url：url',
  `url` varchar(2000) default NULL COMMENT '原文链接',
  `external_url` varchar(2000) default NULL COMMENT '外部链接',
  `show_cover_pic` varchar(2) default '1' COMMENT '是否显示封面：''1'':显示,''0'':不显示',
  `create_by` varchar(64) default NULL COMMENT '创建人名称',
  `create_time` datetime default NULL COMMENT '创建时间',
  `update_by` varchar(64) default NULL COMMENT '修改人名称',
  `update_time` datetime default NULL COMMENT '修改人时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='图文模板素材表';

-- ----------------------------
-- Table structure for weixin_newstemplate
-- ----------------------------
DROP TABLE IF EXISTS `weixin_newstemplate`;
CREATE TABLE `weixin_newstemplate` (
  `id` varchar(32) default NULL,
  `template_name` varchar(200) default NULL COMMENT '模板名称',
  `template_type` varchar(10) default NULL COMMENT '模板类型',
  `media_id` varchar(64) default NULL COMMENT '图文素材媒体id',
  `jwid` varchar(64) default NULL COMMENT '公众号原始id',
  `upload_type` varchar(10) default NULL COMMENT '上传状态 "0"未上传，"1"上传中，"2"上传成功，"3"上传失败',
  `upload_time` datetime default NULL COMMENT '上传时间',
  `create_by` varchar(64) default NULL COMMENT '创建人名称',
  `create_time` datetime default NULL COMMENT '创建时间',
  `update_by` varchar(64) default NULL COMMENT '修改人名称',
  `update_time` datetime default NULL COMMENT '修改人名称'
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='图文模板表';

-- ----------------------------
-- Table structure for weixin_receivetext
-- ----------------------------
DROP TABLE IF EXISTS `weixin_receivetext`;
CREATE TABLE `weixin_receivetext` (
  `ID` varchar(32) NOT NULL,
  `content` longtext COMMENT '消息内容',
  `create_time` datetime default NULL COMMENT '创建日期',
  `from_user_name` varchar(255) default NULL COMMENT '发送方帐号（OpenId）',
  `msg_id` varchar(255) default NULL COMMENT '消息ID',
  `msg_type` varchar(255) default NULL COMMENT '消息类型(text:文本消息,news:图文消息,voice:音频消息,video:视频消息,image,图片消息)消息类型',
  `to_user_name` varchar(255) default NULL COMMENT 'JWID',
  `jwid` varchar(255) default NULL COMMENT '公众号原始ID',
  `media_id` varchar(64) default NULL COMMENT '多媒体ID',
  PRIMARY KEY  (`ID`),
  KEY `index_fromname` USING BTREE (`from_user_name`),
  KEY `inde_toname` USING BTREE (`to_user_name`),
  KEY `index_mediaid` USING BTREE (`media_id`),
  KEY `index_createtime` USING BTREE (`create_time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='消息存储表';

-- ----------------------------
-- Table structure for weixin_recept_msg
-- ----------------------------
DROP TABLE IF EXISTS `weixin_recept_msg`;
CREATE TABLE `weixin_recept_msg` (
  `ID` varchar(32) NOT NULL,
  `content` varchar(2000) default NULL COMMENT '内容',
  `create_time` datetime default NULL COMMENT '时间',
  `from_username` varchar(100) default NULL COMMENT '发送人',
  `to_username` varchar(50) default NULL COMMENT '接收人',
  `msgtype` varchar(20) default NULL COMMENT '消息类型',
  `mediaid` varchar(64) default NULL COMMENT '多媒体id',
  `template_id` varchar(32) default NULL COMMENT '素材ID',
  `send_stauts` varchar(2) default NULL COMMENT '发送状态，1：成功：2:失败',
  `jwid` varchar(100) default NULL COMMENT '公众号ID',
  PRIMARY KEY  (`ID`),
  KEY `idx_createtime` USING BTREE (`create_time`),
  KEY `idx_tousername` USING BTREE (`to_username`),
  KEY `idx_jwid` USING BTREE (`jwid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='客服消息记录表';

-- ----------------------------
-- Table structure for weixin_subscribe
-- ----------------------------
DROP TABLE IF EXISTS `weixin_subscribe`;
CREATE TABLE `weixin_subscribe` (
  `ID` varchar(32) NOT NULL,
  `JWID` varchar(255) default NULL COMMENT '微信ID',
  `msg_Type` varchar(255) default NULL COMMENT '消息类型(text:文本消息,news:图文消息,voice:音频消息,video:视频消息,image,图片消息)',
  `template_Id` varchar(255) default NULL COMMENT '模板ID',
  `template_Name` varchar(255) default NULL COMMENT '模板名称',
  `create_by` varchar(64) default NULL COMMENT '创建人登录名称',
  `create_time` datetime default NULL COMMENT '创建时间',
  `update_by` varchar(64) default NULL COMMENT '修改人登录名称',
  `update_time` datetime default NULL COMMENT '修改时间',
  PRIMARY KEY  (`ID`),
  KEY `normal_jwid` USING BTREE (`JWID`),
  KEY `normal_tempId` USING BTREE (`template_Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='关注欢迎语';

-- ----------------------------
-- Table structure for weixin_tag
-- ----------------------------
DROP TABLE IF EXISTS `weixin_tag`;
CREATE TABLE `weixin_tag` (
  `id` varchar(32) NOT NULL,
  `tagid` varchar(32) default NULL COMMENT '标签id',
  `name` varchar(255) default NULL COMMENT '标签名称',
  `jwid` varchar(32) default NULL COMMENT '标签归属公众号原始id',
  `addtime` datetime default NULL COMMENT '添加时间',
  `synctime` datetime default NULL COMMENT '同步时间',
  PRIMARY KEY  (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='粉丝标签表';

-- ----------------------------
-- Table structure for weixin_template
-- ----------------------------
DROP TABLE IF EXISTS `weixin_template`;
CREATE TABLE `weixin_template` (
  `id` varchar(36) NOT NULL,
  `create_name` varchar(50) default NULL COMMENT '创建人名称',
  `create_by` varchar(50) default NULL COMMENT '创建人登录名称',
  `create_date` datetime default NULL COMMENT '创建日期',
  `update_name` varchar(50) default NULL COMMENT '更新人名称',
  `update_by` varchar(50) default NULL COMMENT '更新人登录名称',
  `update_date` datetime default NULL COMMENT '更新日期',
  `title` varchar(32) default NULL COMMENT '标题',
  `type` varchar(32) default NULL COMMENT '类型',
  `content` longtext COMMENT '模板内容',
  PRIMARY KEY  (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='微信文章元素模板';

-- ----------------------------
-- Table structure for weixin_texttemplate
-- ----------------------------
DROP TABLE IF EXISTS `weixin_texttemplate`;
CREATE TABLE `weixin_texttemplate` (
  `id` varchar(32) default NULL,
  `template_name` varchar(100) default NULL COMMENT '模板名称',
  `template_content` longtext COMMENT '模板内容',
  `jwid` varchar(64) default NULL COMMENT '公众号原始id',
  `create_by` varchar(64) default NULL COMMENT '创建人名称',
  `create_time` datetime default NULL COMMENT '创建时间',
  `update_by` varchar(64) default NULL COMMENT '修改人名称',
  `update_time` datetime default NULL COMMENT '更新时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='文本模板表';

-- ---------------------------------------------------------------------------
-- huodong/jeewx-boot-module-goldenegg/doc/db/goldeneggs-initdata.sql
-- ---------------------------------------------------------------------------
SET FOREIGN_KEY_CHECKS=0;

DROP TABLE IF EXISTS `wx_act_goldeneggs`;
CREATE TABLE `wx_act_goldeneggs` (
  `id` varchar(100) NOT NULL COMMENT 'ID',
  `title` varchar(400) DEFAULT NULL COMMENT '活动名称',
  `description` text COMMENT '活动描述',
  `starttime` datetime DEFAULT NULL COMMENT '开始时间',
  `endtime` datetime DEFAULT NULL COMMENT '结束时间',
  `template_code` varchar(255) DEFAULT NULL COMMENT '模板编码',
  `banner` varchar(100) DEFAULT NULL COMMENT '背景图',
  `count` int(10) DEFAULT NULL COMMENT '抽奖次数',
  `hdurl` varchar(200) DEFAULT NULL COMMENT '入口地址',
  `foucs_user_can_join` varchar(1) DEFAULT '0' COMMENT '是否关注可参加 0否 1是',
  `binding_mobile_can_join` varchar(1) DEFAULT '0' COMMENT '是否绑定手机可参加 0否 1是',
  `num_per_day` int(11) DEFAULT '0' COMMENT '每日抽奖次数',
  `prize_status` varchar(1) DEFAULT '0' COMMENT '是否中奖可参与 0：中奖可继续参与 1:中奖不可参与',
  `jwid` varchar(64) DEFAULT NULL COMMENT '公众号原始id',
  `project_code` varchar(32) DEFAULT NULL COMMENT '活动编码',
  `create_by` varchar(50) DEFAULT NULL COMMENT '创建人',
  `create_time` datetime DEFAULT NULL COMMENT '创建时间',
  `short_url` varchar(255) DEFAULT NULL COMMENT '短链接',
  PRIMARY KEY (`id`),
  KEY `idx_createby` (`create_by`),
  KEY `idx_jwid` (`jwid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='砸金蛋活动表';

DROP TABLE IF EXISTS `wx_act_goldeneggs_awards`;
CREATE TABLE `wx_act_goldeneggs_awards` (
  `id` varchar(36) NOT NULL DEFAULT '' COMMENT 'ID',
  `awards_name` varchar(200) DEFAULT NULL COMMENT '奖项名称',
  `jwid` varchar(64) DEFAULT NULL COMMENT '公众号原始ID',
  `awards_value` int(11) DEFAULT NULL COMMENT '奖项值',
  `create_by` varchar(50) DEFAULT NULL COMMENT '创建人',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_jwid_creteby_value` (`jwid`,`awards_value`,`create_by`),
  KEY `idx_createby` (`create_by`),
  KEY `idx_jwid` (`jwid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='砸金蛋奖项表';


DROP TABLE IF EXISTS `wx_act_goldeneggs_prizes`;
CREATE TABLE `wx_act_goldeneggs_prizes` (
  `id` varchar(36) NOT NULL DEFAULT '' COMMENT 'ID',
  `name` varchar(200) DEFAULT NULL COMMENT '奖品名称',
  `img` varchar(50) DEFAULT NULL COMMENT '奖品图片',
  `jwid` varchar(64) DEFAULT NULL COMMENT '公众号原始id',
  `create_by` varchar(50) DEFAULT NULL COMMENT '创建人',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='砸金蛋奖品表';

DROP TABLE IF EXISTS `wx_act_goldeneggs_record`;
CREATE TABLE `wx_act_goldeneggs_record` (
  `id` varchar(32) NOT NULL COMMENT 'ID',
  `act_id` varchar(32) DEFAULT NULL COMMENT '活动ID',
  `openid` varchar(100) NOT NULL COMMENT '抽奖人openid',
  `nickname` varchar(200) DEFAULT NULL COMMENT '昵称',
  `headimgurl` varchar(255) DEFAULT NULL COMMENT '玩家头像',
  `create_time` datetime NOT NULL COMMENT '抽奖时间',
  `awards_id` varchar(36) DEFAULT NULL COMMENT '奖项ID',
  `realname` varchar(30) DEFAULT NULL COMMENT '收货人姓名',
  `phone` varchar(15) DEFAULT NULL COMMENT '收货人手机号',
  `address` varchar(15) DEFAULT NULL COMMENT '收货地址',
  `seq` int(10) DEFAULT NULL COMMENT '抽奖序号',
  `jwid` varchar(64) NOT NULL COMMENT '公众号原始id',
  `prizes_name` varchar(200) DEFAULT NULL COMMENT '奖品名称',
  `awards_name` varchar(200) DEFAULT NULL COMMENT '奖项名称',
  `prizes_state` varchar(32) DEFAULT NULL COMMENT '中奖状态(0未中奖，1中奖)',
  `code` varchar(100) DEFAULT NULL COMMENT '中奖码',
  `recieve_status` varchar(10) DEFAULT NULL COMMENT '核销状态（1已核销）',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_actid_seq` (`act_id`,`seq`,`openid`),
  UNIQUE KEY `act_id` (`act_id`,`awards_id`,`seq`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='砸金蛋参与记录表';

DROP TABLE IF EXISTS `wx_act_goldeneggs_registration`;
CREATE TABLE `wx_act_goldeneggs_registration` (
  `id` varchar(32) NOT NULL COMMENT 'ID',
  `act_id` varchar(32) NOT NULL COMMENT '活动id',
  `openid` varchar(100) NOT NULL COMMENT '抽奖人openid',
  `nickname` varchar(200) DEFAULT NULL COMMENT '抽奖人昵称',
  `awards_num` int(10) DEFAULT '0' COMMENT '抽奖次数',
  `create_time` datetime NOT NULL COMMENT '创建时间',
  `update_time` varchar(32) DEFAULT NULL COMMENT '更新时间',
  `awards_status` varchar(2) DEFAULT '0' COMMENT '抽奖状态0:未抽奖;1:已抽奖;',
  `jwid` varchar(64) DEFAULT NULL COMMENT '公众号原始ID',
  `remain_num_day` int(11) DEFAULT NULL COMMENT '每天的剩余次数',
  PRIMARY KEY (`id`),
  KEY `idx_openidactid` (`openid`,`act_id`),
  KEY `idx_createtime` (`create_time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='砸金蛋参与人员表';


DROP TABLE IF EXISTS `wx_act_goldeneggs_relation`;
CREATE TABLE `wx_act_goldeneggs_relation` (
  `id` varchar(36) NOT NULL COMMENT 'ID',
  `act_id` varchar(36) DEFAULT NULL COMMENT '活动ID',
  `prize_id` varchar(36) DEFAULT NULL COMMENT '奖品ID',
  `award_id` varchar(36) DEFAULT NULL COMMENT '奖项ID',
  `amount` int(10) DEFAULT NULL COMMENT '数量',
  `remain_num` int(10) DEFAULT NULL COMMENT '剩余数量',
  `probability` double(5,2) DEFAULT '0.00' COMMENT '中奖概率',
  `jwid` varchar(64) DEFAULT NULL COMMENT '公众号原始ID',
  PRIMARY KEY (`id`),
  KEY `idx_actid` (`act_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='砸金蛋奖品配置表';

-- author: liushaoqian----------date:20181010--------for:新增分享记录表
CREATE TABLE `wx_act_goldeneggs_share_record` (
  `id` varchar(32) NOT NULL COMMENT '序号',
  `act_id` varchar(32) DEFAULT NULL COMMENT '活动id',
  `openid` varchar(64) DEFAULT NULL COMMENT 'openid',
  `rel_date` date DEFAULT NULL COMMENT '分享时间',
  `type` varchar(10) DEFAULT NULL COMMENT '分享类型：0朋友，1朋友圈',
  `create_time` datetime DEFAULT NULL COMMENT '创建时间',
  PRIMARY KEY (`id`),
  KEY `idx_actid_openid_reldate` (`act_id`,`openid`,`rel_date`),
  KEY `idx_actid_openid_reldate_type` (`act_id`,`openid`,`rel_date`,`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='分享记录表';
-- author: liushaoqian----------date:20181010--------for:新增分享记录表

-- author: liushaoqian----------date:20181025--------for:增加砸金蛋审核员表
CREATE TABLE `wx_act_goldeneggs_verify` (
  `id` varchar(32) NOT NULL DEFAULT '' COMMENT 'id',
  `act_id` varchar(32) DEFAULT NULL COMMENT '活动id',
  `openid` varchar(100) DEFAULT NULL COMMENT '核销员id',
  `status` varchar(2) DEFAULT NULL COMMENT '状态（0启用/1未启用）',
  `headimg` varchar(500) DEFAULT NULL COMMENT '微信头像',
  `nickname` varchar(100) DEFAULT NULL COMMENT '微信昵称',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='砸金蛋审核员表';
-- author: liushaoqian----------date:20181025--------for:增加砸金蛋审核员表
