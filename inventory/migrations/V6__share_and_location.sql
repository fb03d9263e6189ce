-- 分享记录；App 5.3 起上报定位用于「同城设计师」推荐 (灰度中)。
CREATE TABLE `mkt_share_record` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `member_id` bigint unsigned DEFAULT NULL COMMENT '会员ID',
  `material_id` bigint unsigned NOT NULL COMMENT '素材ID',
  `share_channel` varchar(16) NOT NULL COMMENT '分享渠道: wechat_session/wechat_timeline/qq/qzone/weibo/xhs',
  `shared_at` datetime NOT NULL COMMENT '分享时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='分享记录';

CREATE TABLE `app_location_report` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `member_id` bigint unsigned DEFAULT NULL COMMENT '会员ID',
  `device_id` varchar(64) NOT NULL COMMENT '设备ID',
  `latitude` decimal(10,7) NOT NULL COMMENT '纬度',
  `longitude` decimal(10,7) NOT NULL COMMENT '经度',
  `accuracy_m` int DEFAULT NULL COMMENT '定位精度(米)',
  `city_code` varchar(8) DEFAULT NULL COMMENT '城市编码',
  `reported_at` datetime NOT NULL COMMENT '上报时间',
  PRIMARY KEY (`id`),
  KEY `idx_member_time` (`member_id`, `reported_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='App定位上报';

ALTER TABLE `uc_device` ADD COLUMN `installed_apps` text COMMENT '已安装应用列表(反作弊)' AFTER `mac_address`;
