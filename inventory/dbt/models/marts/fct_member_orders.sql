{{ config(materialized='table') }}

-- 会员维度的交易汇总: 会员运营与客服查询 (近 N 天，N = var lookback_days)
with orders as (
    select * from {{ ref('stg_orders') }}
    where paid_at >= date_sub(current_date(), {{ var('lookback_days') }})
),

payments as (
    select order_no, sum(refund_amount) as refund_amount
    from {{ ref('stg_payments') }}
    group by order_no
)

select
    o.member_id,
    count(distinct o.order_no)                      as order_cnt,
    sum(o.pay_amount)                               as gmv,
    sum(coalesce(p.refund_amount, 0))               as refund_amount,
    max(o.paid_at)                                  as last_paid_at,
    max(o.receiver_city)                            as recent_receiver_city
from orders o
left join payments p on p.order_no = o.order_no
group by o.member_id
