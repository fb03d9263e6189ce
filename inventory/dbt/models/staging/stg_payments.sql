select
    out_trade_no,
    order_no,
    member_id,
    channel,
    amount,
    refund_amount,
    cast(paid_at as timestamp) as paid_at
from {{ source('ods', 'ods_pay_transaction_di') }}
where status in (1, 3)
