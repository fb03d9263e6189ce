-- 会员兴趣画像: 近30天搜索、收藏、下载行为 + 消费分层，供个性化推荐和营销人群圈选。
-- 关闭「个性化推荐」的会员在推荐服务侧过滤 (uc_member_setting.personalized_recommend)。
INSERT OVERWRITE TABLE dw.dws_member_interest_profile PARTITION (dt = '${bizdate}')
SELECT
  w.member_id,
  concat_ws(',', collect_set(CAST(mat.category_id AS STRING)))   AS prefer_category_ids,
  concat_ws(',', collect_set(mat.style_tags))                    AS prefer_style_tags,
  concat_ws(',', collect_set(s.keyword))                         AS search_keywords_30d,
  count(DISTINCT f.material_id)                                  AS fav_cnt_30d,
  count(DISTINCT dl.material_id)                                 AS download_cnt_30d,
  CASE WHEN max(w.pay_amount_180d) >= 500 THEN 'high'
       WHEN max(w.pay_amount_180d) >= 100 THEN 'mid'
       ELSE 'low' END                                            AS consume_level,
  concat_ws(',',
    CASE WHEN max(w.vip_level) >= 2 THEN 'vip_annual' END,
    CASE WHEN count(DISTINCT dl.material_id) >= 50 THEN 'heavy_downloader' END,
    CASE WHEN max(w.age) BETWEEN 18 AND 24 THEN 'student_age' END) AS user_tags,
  from_unixtime(unix_timestamp())                                AS updated_at
FROM dw.dwd_member_wide w
LEFT JOIN ods.ods_log_search_di s
  ON s.member_id = w.member_id
 AND s.dt > date_format(date_sub(from_unixtime(unix_timestamp('${bizdate}', 'yyyyMMdd')), 30), 'yyyyMMdd')
LEFT JOIN ods.ods_content_favorite_di f
  ON f.member_id = w.member_id
 AND f.dt > date_format(date_sub(from_unixtime(unix_timestamp('${bizdate}', 'yyyyMMdd')), 30), 'yyyyMMdd')
LEFT JOIN ods.ods_content_download_di dl
  ON dl.member_id = w.member_id
 AND dl.dt > date_format(date_sub(from_unixtime(unix_timestamp('${bizdate}', 'yyyyMMdd')), 30), 'yyyyMMdd')
LEFT JOIN ods.ods_content_material_df mat
  ON mat.id = COALESCE(dl.material_id, f.material_id)
 AND mat.dt = '${bizdate}'
WHERE w.dt = '${bizdate}'
GROUP BY w.member_id;
