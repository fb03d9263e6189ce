-- 数仓明细与汇总层。
CREATE DATABASE IF NOT EXISTS dw;

CREATE TABLE IF NOT EXISTS dw.dwd_member_wide (
  member_id         BIGINT         COMMENT '会员ID',
  mobile            STRING         COMMENT '手机号',
  nickname          STRING         COMMENT '昵称',
  gender            TINYINT        COMMENT '性别',
  birthday          STRING         COMMENT '生日',
  age               INT            COMMENT '年龄',
  register_channel  STRING         COMMENT '注册渠道',
  vip_level         TINYINT        COMMENT '会员等级',
  platform          STRING         COMMENT '最近使用平台',
  device_model      STRING         COMMENT '设备型号',
  imei              STRING         COMMENT 'IMEI',
  oaid              STRING         COMMENT 'OAID',
  android_id        STRING         COMMENT 'Android ID',
  idfa              STRING         COMMENT 'IDFA',
  order_cnt_180d    INT            COMMENT '近180天订单数',
  pay_amount_180d   DECIMAL(12,2)  COMMENT '近180天实付金额',
  last_order_at     STRING         COMMENT '最近下单时间'
) COMMENT '会员宽表'
PARTITIONED BY (dt STRING COMMENT '日期 yyyyMMdd')
STORED AS ORC;

CREATE TABLE IF NOT EXISTS dw.dws_member_interest_profile (
  member_id            BIGINT         COMMENT '会员ID',
  prefer_category_ids  STRING         COMMENT '偏好分类(近30天)',
  prefer_style_tags    STRING         COMMENT '偏好风格标签',
  search_keywords_30d  STRING         COMMENT '近30天搜索词',
  fav_cnt_30d          INT            COMMENT '近30天收藏数',
  download_cnt_30d     INT            COMMENT '近30天下载数',
  consume_level        STRING         COMMENT '消费能力分层 high/mid/low',
  user_tags            STRING         COMMENT '用户画像标签',
  updated_at           STRING         COMMENT '画像更新时间'
) COMMENT '会员兴趣画像 (个性化推荐与营销人群圈选)'
PARTITIONED BY (dt STRING COMMENT '日期 yyyyMMdd')
STORED AS ORC;
