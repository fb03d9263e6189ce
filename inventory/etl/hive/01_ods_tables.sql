-- ODS 层: 业务库每日同步 (DataX 全量/增量抽取 qh_main，配置见数据平台仓库)，结构与源表一致。
CREATE DATABASE IF NOT EXISTS ods;

CREATE TABLE IF NOT EXISTS ods.ods_uc_member_df (
  id                BIGINT         COMMENT '会员ID',
  member_no         STRING         COMMENT '会员编号',
  mobile            STRING         COMMENT '手机号',
  nickname          STRING         COMMENT '昵称',
  gender            TINYINT        COMMENT '性别 0未知 1男 2女',
  birthday          STRING         COMMENT '生日',
  register_channel  STRING         COMMENT '注册渠道',
  vip_level         TINYINT        COMMENT '会员等级',
  status            TINYINT        COMMENT '状态 1正常 2冻结 9已注销',
  created_at        STRING         COMMENT '注册时间'
) COMMENT '会员账号 (全量快照)'
PARTITIONED BY (dt STRING COMMENT '快照日期 yyyyMMdd')
STORED AS ORC;

CREATE TABLE IF NOT EXISTS ods.ods_uc_device_df (
  member_id         BIGINT         COMMENT '会员ID',
  device_id         STRING         COMMENT '设备ID',
  platform          STRING         COMMENT 'android/ios/web',
  device_model      STRING         COMMENT '设备型号',
  imei              STRING         COMMENT 'IMEI',
  oaid              STRING         COMMENT 'OAID',
  android_id        STRING         COMMENT 'Android ID',
  idfa              STRING         COMMENT 'IDFA',
  last_seen_at      STRING         COMMENT '最近启动时间'
) COMMENT '设备信息 (全量快照)'
PARTITIONED BY (dt STRING COMMENT '快照日期 yyyyMMdd')
STORED AS ORC;

CREATE TABLE IF NOT EXISTS ods.ods_log_search_di (
  member_id         BIGINT         COMMENT '会员ID',
  visitor_id        STRING         COMMENT '访客Cookie标识',
  keyword           STRING         COMMENT '搜索词',
  search_type       STRING         COMMENT '素材类型',
  searched_at       STRING         COMMENT '搜索时间'
) COMMENT '搜索日志 (日增量)'
PARTITIONED BY (dt STRING COMMENT '日期 yyyyMMdd')
STORED AS ORC;

CREATE TABLE IF NOT EXISTS ods.ods_content_favorite_di (
  member_id         BIGINT         COMMENT '会员ID',
  material_id       BIGINT         COMMENT '素材ID',
  created_at        STRING         COMMENT '收藏时间'
) COMMENT '收藏记录 (日增量)'
PARTITIONED BY (dt STRING COMMENT '日期 yyyyMMdd')
STORED AS ORC;

CREATE TABLE IF NOT EXISTS ods.ods_content_download_di (
  member_id         BIGINT         COMMENT '会员ID',
  material_id       BIGINT         COMMENT '素材ID',
  license_type      STRING         COMMENT '授权类型',
  downloaded_at     STRING         COMMENT '下载时间'
) COMMENT '下载记录 (日增量)'
PARTITIONED BY (dt STRING COMMENT '日期 yyyyMMdd')
STORED AS ORC;

CREATE TABLE IF NOT EXISTS ods.ods_content_material_df (
  id                BIGINT         COMMENT '素材ID',
  category_id       INT            COMMENT '分类ID',
  style_tags        STRING         COMMENT '风格标签'
) COMMENT '素材 (全量快照)'
PARTITIONED BY (dt STRING COMMENT '快照日期 yyyyMMdd')
STORED AS ORC;

CREATE TABLE IF NOT EXISTS ods.ods_oms_order_di (
  order_no          STRING         COMMENT '订单编号',
  member_id         BIGINT         COMMENT '会员ID',
  order_type        STRING         COMMENT '订单类型',
  total_amount      DECIMAL(10,2)  COMMENT '订单总金额',
  pay_amount        DECIMAL(10,2)  COMMENT '实付金额',
  pay_channel       STRING         COMMENT '支付方式',
  status            TINYINT        COMMENT '订单状态',
  receiver_city     STRING         COMMENT '收货城市',
  created_at        STRING         COMMENT '下单时间',
  paid_at           STRING         COMMENT '支付时间'
) COMMENT '订单 (日增量)'
PARTITIONED BY (dt STRING COMMENT '日期 yyyyMMdd')
STORED AS ORC;

CREATE TABLE IF NOT EXISTS ods.ods_pay_transaction_di (
  out_trade_no      STRING         COMMENT '商户支付流水号',
  order_no          STRING         COMMENT '订单编号',
  member_id         BIGINT         COMMENT '会员ID',
  channel           STRING         COMMENT '支付渠道',
  amount            DECIMAL(10,2)  COMMENT '支付金额',
  refund_amount     DECIMAL(10,2)  COMMENT '退款金额',
  status            TINYINT        COMMENT '支付状态',
  paid_at           STRING         COMMENT '支付成功时间'
) COMMENT '支付流水 (日增量)'
PARTITIONED BY (dt STRING COMMENT '日期 yyyyMMdd')
STORED AS ORC;
