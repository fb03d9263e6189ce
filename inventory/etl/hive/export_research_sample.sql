-- 会员满意度调研样本: 按季度交给调研公司做电话回访。
INSERT OVERWRITE DIRECTORY 'oss://qh-data-share/partner/yanxin-research/${bizdate}'
ROW FORMAT DELIMITED FIELDS TERMINATED BY ','
STORED AS TEXTFILE
SELECT
  w.nickname,
  w.mobile,
  w.gender,
  w.age,
  w.vip_level,
  w.pay_amount_180d
FROM dw.dwd_member_wide w
WHERE w.dt = '${bizdate}'
  AND w.vip_level > 0
  AND w.order_cnt_180d >= 2;
