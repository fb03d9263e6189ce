-- 已支付订单 (去掉待支付和已关闭)
select
    order_no,
    member_id,
    order_type,
    pay_amount,
    pay_channel,
    receiver_city,
    cast(paid_at as timestamp) as paid_at,
    dt
from {{ source('ods', 'ods_oms_order_di') }}
where status in (1, 2, 3)
