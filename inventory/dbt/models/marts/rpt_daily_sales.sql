{{ config(materialized='table') }}

-- 每日销售汇总 (不含会员标识)
select
    dt,
    order_type,
    pay_channel,
    count(*)            as order_cnt,
    count(distinct member_id) as buyer_cnt,
    sum(pay_amount)     as gmv
from {{ ref('stg_orders') }}
group by dt, order_type, pay_channel
