-- 广告投放人群包: 每周一推送给巨量引擎 DMP 做再营销与相似人群扩展。
-- 只输出哈希后的标识 (MD5，小写去空格后计算)，不输出明文手机号或设备号；
-- 仅包含单独同意「个性化广告」的会员 (同意记录见 consent 服务)。
INSERT OVERWRITE DIRECTORY 'oss://qh-dmp-exchange/oceanengine/custom_audience/${bizdate}'
ROW FORMAT DELIMITED FIELDS TERMINATED BY '\t'
STORED AS TEXTFILE
SELECT
  md5(lower(trim(w.mobile)))       AS mobile_md5,
  md5(lower(trim(w.imei)))         AS imei_md5,
  md5(lower(trim(w.oaid)))         AS oaid_md5,
  md5(upper(trim(w.idfa)))         AS idfa_md5
FROM dw.dwd_member_wide w
JOIN dw.dws_member_interest_profile p
  ON p.member_id = w.member_id AND p.dt = '${bizdate}'
WHERE w.dt = '${bizdate}'
  AND w.vip_level = 0
  AND p.download_cnt_30d > 0;
