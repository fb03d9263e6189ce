-- 数仓分区到期清理: 每日 04:00，参数 bizdate=yyyyMMdd, expire_3y / expire_90d / expire_30d 由调度计算。
ALTER TABLE dw.dwd_member_wide DROP IF EXISTS PARTITION (dt < '${expire_30d}');
ALTER TABLE dw.dws_member_interest_profile DROP IF EXISTS PARTITION (dt < '${expire_90d}');
ALTER TABLE ods.ods_uc_member_df DROP IF EXISTS PARTITION (dt < '${expire_30d}');
ALTER TABLE ods.ods_uc_device_df DROP IF EXISTS PARTITION (dt < '${expire_30d}');
ALTER TABLE ods.ods_log_search_di DROP IF EXISTS PARTITION (dt < '${expire_90d}');
ALTER TABLE ods.ods_content_favorite_di DROP IF EXISTS PARTITION (dt < '${expire_90d}');
ALTER TABLE ods.ods_content_download_di DROP IF EXISTS PARTITION (dt < '${expire_90d}');
ALTER TABLE ods.ods_oms_order_di DROP IF EXISTS PARTITION (dt < '${expire_3y}');
ALTER TABLE ods.ods_pay_transaction_di DROP IF EXISTS PARTITION (dt < '${expire_3y}');
