-- 会员宽表: 账号 + 最近设备 + 近180天交易，供画像、人群圈选与经营分析使用。
-- 调度: 每日 02:00，参数 bizdate=yyyyMMdd
SET hive.exec.dynamic.partition.mode=nonstrict;

INSERT OVERWRITE TABLE dw.dwd_member_wide PARTITION (dt = '${bizdate}')
SELECT
  m.id                                             AS member_id,
  m.mobile,
  m.nickname,
  m.gender,
  m.birthday,
  CAST(floor(datediff(to_date(from_unixtime(unix_timestamp('${bizdate}', 'yyyyMMdd'))), m.birthday) / 365.25) AS INT) AS age,
  m.register_channel,
  m.vip_level,
  d.platform,
  d.device_model,
  d.imei,
  d.oaid,
  d.android_id,
  d.idfa,
  COALESCE(o.order_cnt, 0)                         AS order_cnt_180d,
  COALESCE(o.pay_amount, 0)                        AS pay_amount_180d,
  o.last_order_at
FROM ods.ods_uc_member_df m
LEFT JOIN (
  SELECT member_id, platform, device_model, imei, oaid, android_id, idfa,
         row_number() OVER (PARTITION BY member_id ORDER BY last_seen_at DESC) AS rn
  FROM ods.ods_uc_device_df
  WHERE dt = '${bizdate}' AND member_id IS NOT NULL
) d ON d.member_id = m.id AND d.rn = 1
LEFT JOIN (
  SELECT member_id, count(1) AS order_cnt, sum(pay_amount) AS pay_amount, max(paid_at) AS last_order_at
  FROM ods.ods_oms_order_di
  WHERE dt > date_format(date_sub(from_unixtime(unix_timestamp('${bizdate}', 'yyyyMMdd')), 180), 'yyyyMMdd')
    AND status IN (1, 2, 3)
  GROUP BY member_id
) o ON o.member_id = m.id
WHERE m.dt = '${bizdate}'
  AND m.status <> 9;
