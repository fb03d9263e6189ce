-- source: YunaiV/ruoyi-vue-pro sql/mysql/brokerage.sql @ 0b84c1873668fc23c3ee88e94da05580ae0539a5 and sql/mysql/pay_wallet.sql @ 00e18a480ff4bca6e6be6c7e6119cc684bd32aba (MIT); their CREATE TABLEs, verbatim (menus, dictionary INSERTs and an ALTER of a table not here dropped)
-- 增加配置表
CREATE TABLE trade_config
(
    id                             BIGINT AUTO_INCREMENT COMMENT '自增主键' PRIMARY KEY,
    brokerage_enabled              BIT           DEFAULT 1                 NOT NULL COMMENT '是否启用分佣',
    brokerage_enabled_condition    TINYINT       DEFAULT 1                 NOT NULL COMMENT '分佣模式：1-人人分销 2-指定分销',
    brokerage_bind_mode            TINYINT       DEFAULT 1                 NOT NULL COMMENT '分销关系绑定模式: 1-没有推广人，2-新用户, 3-扫码覆盖',
    brokerage_poster_urls          VARCHAR(2000) DEFAULT ''                NULL COMMENT '分销海报图地址数组',
    brokerage_first_percent        INT           DEFAULT 0                 NOT NULL COMMENT '一级返佣比例',
    brokerage_second_percent       INT           DEFAULT 0                 NOT NULL COMMENT '二级返佣比例',
    brokerage_withdraw_min_price   INT           DEFAULT 0                 NOT NULL COMMENT '用户提现最低金额',
    brokerage_withdraw_fee_percent INT           DEFAULT 0                 NOT NULL COMMENT '提现手续费百分比',
    brokerage_bank_names           VARCHAR(200)  DEFAULT ''                NOT NULL COMMENT '提现银行（字典类型=brokerage_bank_name）',
    brokerage_frozen_days          INT           DEFAULT 7                 NOT NULL COMMENT '佣金冻结时间(天)',
    brokerage_withdraw_types       VARCHAR(32)   DEFAULT '1,2,3,4'         NOT NULL COMMENT '提现方式：1-钱包；2-银行卡；3-微信；4-支付宝',
    creator                        VARCHAR(64)   DEFAULT ''                NULL COMMENT '创建者',
    create_time                    DATETIME      DEFAULT CURRENT_TIMESTAMP NOT NULL COMMENT '创建时间',
    updater                        VARCHAR(64)   DEFAULT ''                NULL COMMENT '更新者',
    update_time                    DATETIME      DEFAULT CURRENT_TIMESTAMP NOT NULL ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
    deleted                        BIT           DEFAULT b'0'              NOT NULL COMMENT '是否删除',
    tenant_id                      BIGINT        DEFAULT 0                 NOT NULL COMMENT '租户编号'
) COMMENT '交易中心配置';

-- 增加分销用户扩展表
create table trade_brokerage_user
(
    id                bigint auto_increment comment '用户编号' primary key,
    bind_user_id      bigint                                null comment '推广员编号',
    bind_user_time    datetime                              null comment '推广员绑定时间',
    brokerage_enabled bit         default 1                 not null comment '是否成为推广员',
    brokerage_time    datetime                              null comment '成为分销员时间',
    price             int         default 0                 not null comment '可用佣金',
    frozen_price      int         default 0                 not null comment '冻结佣金',
    creator           varchar(64) default ''                null comment '创建者',
    create_time       datetime    default CURRENT_TIMESTAMP not null comment '创建时间',
    updater           varchar(64) default ''                null comment '更新者',
    update_time       datetime    default CURRENT_TIMESTAMP not null on update CURRENT_TIMESTAMP comment '更新时间',
    deleted           bit         default b'0'              not null comment '是否删除',
    tenant_id         bigint      default 0                 not null comment '租户编号'
)
    comment '分销用户';

create index idx_invite_user_id on trade_brokerage_user (bind_user_id) comment '推广员编号';
create index idx_agent on trade_brokerage_user (brokerage_enabled) comment '是否成为推广员';


create table trade_brokerage_record
(
    id                int auto_increment comment '编号'
        primary key,
    user_id           bigint                                 not null comment '用户编号',
    biz_id            varchar(64)  default ''                not null comment '业务编号',
    biz_type          tinyint      default 0                 not null comment '业务类型：1-订单，2-提现',
    title             varchar(64)  default ''                not null comment '标题',
    price             int          default 0                 not null comment '金额',
    total_price       int          default 0                 not null comment '当前总佣金',
    description       varchar(500) default ''                not null comment '说明',
    status            tinyint      default 0                 not null comment '状态：0-待结算，1-已结算，2-已取消',
    frozen_days       int          default 0                 not null comment '冻结时间（天）',
    unfreeze_time     datetime                               null comment '解冻时间',
    source_user_level int                                    not null comment '来源用户等级',
    source_user_id    bigint                                 not null comment '来源用户编号',
    creator           varchar(64)  default ''                null comment '创建者',
    create_time       datetime     default CURRENT_TIMESTAMP not null comment '创建时间',
    updater           varchar(64)  default ''                null comment '更新者',
    update_time       datetime     default CURRENT_TIMESTAMP not null on update CURRENT_TIMESTAMP comment '更新时间',
    deleted           bit          default b'0'              not null comment '是否删除',
    tenant_id         bigint       default 0                 not null comment '租户编号'
)
    comment '佣金记录';

create index idx_user_id on trade_brokerage_record (user_id) comment '用户编号';
create index idx_biz on trade_brokerage_record (biz_type, biz_id) comment '业务';
create index idx_status on trade_brokerage_record (status) comment '状态';


create table trade_brokerage_withdraw
(
    id                  bigint auto_increment comment '编号'
        primary key,
    user_id             bigint                                not null comment '用户编号',
    price               int         default 0                 not null comment '提现金额',
    fee_price           int         default 0                 not null comment '提现手续费',
    total_price         int         default 0                 not null comment '当前总佣金',
    type                tinyint     default 0                 not null comment '提现类型：1-钱包；2-银行卡；3-微信；4-支付宝',
    name                varchar(64)                           null comment '真实姓名',
    account_no          varchar(64)                           null comment '账号',
    bank_name           varchar(100)                          null comment '银行名称',
    bank_address        varchar(200)                          null comment '开户地址',
    account_qr_code_url varchar(512)                          null comment '收款码',
    status              tinyint(2)  default 0                 not null comment '状态：0-审核中，10-审核通过 20-审核不通过；预留：11 - 提现成功；21-提现失败',
    audit_reason        varchar(128)                          null comment '审核驳回原因',
    audit_time          datetime                              null comment '审核时间',
    remark              varchar(500)                          null comment '备注',
    creator             varchar(64) default ''                null comment '创建者',
    create_time         datetime    default CURRENT_TIMESTAMP not null comment '创建时间',
    updater             varchar(64) default ''                null comment '更新者',
    update_time         datetime    default CURRENT_TIMESTAMP not null on update CURRENT_TIMESTAMP comment '更新时间',
    deleted             bit         default b'0'              not null comment '是否删除',
    tenant_id           bigint      default 0                 not null comment '租户编号'
)
    comment '佣金提现';

create index idx_user_id on trade_brokerage_withdraw (user_id) comment '用户编号';
create index idx_audit_status on trade_brokerage_withdraw (status) comment '状态';

-- ----------------------------
-- 转账单表
-- ----------------------------
DROP TABLE IF EXISTS `pay_transfer`;
CREATE TABLE `pay_transfer`
(
    `id`                   bigint       NOT NULL AUTO_INCREMENT COMMENT '编号',
    `type`                 int          NOT NULL COMMENT '类型',
    `app_id`               bigint       NOT NULL COMMENT '应用编号',
    `merchant_order_id`    varchar(64)  NOT NULL COMMENT '商户订单编号',
    `price`                int          NOT NULL COMMENT '转账金额，单位：分',
    `title`                varchar(512) NOT NULL COMMENT '转账标题',
    `payee_info`           varchar(512) NOT NULL COMMENT '收款人信息，不同类型和渠道不同',
    `status`               tinyint      NOT NULL COMMENT '转账状态',
    `success_time`         datetime     NULL COMMENT '转账成功时间',
    `extension_id`         bigint       NULL  COMMENT '转账渠道编号',
    `no`                   varchar(64)  NULL COMMENT '转账单号',
    `channel_id`           bigint       NULL  COMMENT '转账渠道编号',
    `channel_code`         varchar(32)  NULL  COMMENT '转账渠道编码',
    `creator`              varchar(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL DEFAULT '' COMMENT '创建者',
    `create_time`          datetime     NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
    `updater`              varchar(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL DEFAULT '' COMMENT '更新者',
    `update_time`          datetime     NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
    `deleted`              bit(1)       NOT NULL DEFAULT b'0' COMMENT '是否删除',
    `tenant_id`            bigint       NOT NULL DEFAULT 0 COMMENT '租户编号',
    PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB COMMENT='转账单表';

-- ----------------------------
-- 转账扩展单
-- ----------------------------
DROP TABLE IF EXISTS `pay_transfer_extension`;
CREATE TABLE `pay_transfer_extension`
(
    `id`                   bigint        NOT NULL AUTO_INCREMENT COMMENT '编号',
    `no`                   varchar(64)   NOT NULL COMMENT '转账单号',
    `transfer_id`          bigint        NOT NULL COMMENT '转账单编号',
    `channel_id`           bigint        NOT NULL COMMENT '转账渠道编号',
    `channel_code`         varchar(32)   NOT NULL COMMENT '转账渠道编码',
    `channel_extras`       varchar(512)  NULL DEFAULT NULL COMMENT '支付渠道的额外参数',
    `status`               tinyint       NOT NULL COMMENT '转账状态',
    `channel_notify_data`  varchar(4096) NULL DEFAULT NULL COMMENT '支付渠道异步通知的内容',
    `creator`              varchar(64)   NULL DEFAULT '' COMMENT '创建者',
    `create_time`          datetime      NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
    `updater`              varchar(64)   NULL DEFAULT '' COMMENT '更新者',
    `update_time`          datetime      NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
    `deleted`              bit(1)        NOT NULL DEFAULT b'0' COMMENT '是否删除',
    `tenant_id`            bigint        NOT NULL DEFAULT 0 COMMENT '租户编号',
    PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB COMMENT='转账拓展单表';

-- ----------------------------
-- Table structure for pay_demo_transfer
-- ----------------------------
DROP TABLE IF EXISTS `pay_demo_transfer`;
CREATE TABLE `pay_demo_transfer`  (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '订单编号',
  `user_id` bigint UNSIGNED NOT NULL COMMENT '用户编号',
  `price` int NOT NULL COMMENT '转账金额，单位：分',
  `type`  int NOT NULL COMMENT '转账类型',
  `payee_info` varchar(512) NOT NULL COMMENT '收款人信息，不同类型和渠道不同',
  `transfer_status` tinyint      NOT NULL DEFAULT 0 COMMENT '转账状态',
  `pay_transfer_id` bigint NULL DEFAULT NULL COMMENT '转账订单编号',
  `pay_channel_code` varchar(16)  NULL DEFAULT NULL COMMENT '转账支付成功渠道',
  `transfer_time` datetime NULL DEFAULT NULL COMMENT '转账支付时间',
  `creator` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT '' COMMENT '创建者',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `updater` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT '' COMMENT '更新者',
  `update_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `deleted` bit(1) NOT NULL DEFAULT b'0' COMMENT '是否删除',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
   PRIMARY KEY (`id`) USING BTREE
) ENGINE = InnoDB  COMMENT = '示例业务转账订单\n';

-- ----------------------------
-- 充值套餐表
-- ----------------------------
DROP TABLE IF EXISTS `pay_wallet_recharge_package`;
CREATE TABLE `pay_wallet_recharge_package`
(
    `id`                   bigint       NOT NULL AUTO_INCREMENT COMMENT '编号',
    `name`                 varchar(64)  NOT NULL COMMENT '套餐名',
    `pay_price`            int          NOT NULL COMMENT '支付金额',
    `bonus_price`          int          NOT NULL COMMENT '赠送金额',
    `status`               tinyint      NOT NULL COMMENT '状态',
    `creator`              varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT '' COMMENT '创建者',
    `create_time`          datetime     NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
    `updater`              varchar(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL DEFAULT '' COMMENT '更新者',
    `update_time`          datetime     NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
    `deleted`              bit(1)       NOT NULL DEFAULT b'0' COMMENT '是否删除',
    `tenant_id`            bigint       NOT NULL DEFAULT 0 COMMENT '租户编号',
    PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB COMMENT='充值套餐表';

-- ----------------------------
-- Table structure for pay_wallet_recharge
-- ----------------------------
DROP TABLE IF EXISTS `pay_wallet_recharge`;
CREATE TABLE `pay_wallet_recharge`  (
    `id` bigint(0) NOT NULL AUTO_INCREMENT COMMENT '编号',
    `wallet_id` bigint(0) NOT NULL COMMENT '会员钱包 id',
    `total_price` int(0) NOT NULL COMMENT '用户实际到账余额，例如充 100 送 20，则该值是 120',
    `pay_price` int(0) NOT NULL COMMENT '实际支付金额',
    `bonus_price` int(0) NOT NULL COMMENT '钱包赠送金额',
    `package_id` bigint(0) DEFAULT NULL COMMENT '充值套餐编号',
    `pay_status` bit(1) NOT NULL DEFAULT b'0' COMMENT '是否已支付：[0:未支付 1:已经支付过]',
    `pay_order_id` bigint(0) DEFAULT NULL COMMENT '支付订单编号',
    `pay_channel_code` varchar(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL COMMENT '支付成功的支付渠道',
    `pay_time` datetime(0) DEFAULT NULL COMMENT '订单支付时间',
    `pay_refund_id` bigint(0) DEFAULT NULL COMMENT '支付退款单编号',
    `refund_total_price` int(0) NOT NULL DEFAULT 0 COMMENT '退款金额，包含赠送金额',
    `refund_pay_price` int(0) NOT NULL DEFAULT 0 COMMENT '退款支付金额',
    `refund_bonus_price` int(0) NOT NULL DEFAULT 0 COMMENT '退款钱包赠送金额',
    `refund_time` datetime(0) DEFAULT NULL COMMENT '退款时间',
    `refund_status` int(0) NOT NULL DEFAULT 0 COMMENT '退款状态',
    `creator` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT '' COMMENT '创建者',
    `create_time` datetime(0) NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
    `updater` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT '' COMMENT '更新者',
    `update_time` datetime(0) NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP(0) COMMENT '更新时间',
    `deleted` bit(1) NOT NULL DEFAULT b'0' COMMENT '是否删除',
    `tenant_id` bigint(0) NOT NULL DEFAULT 0 COMMENT '租户编号',
    PRIMARY KEY (`id`) USING BTREE
) ENGINE = InnoDB AUTO_INCREMENT = 9 CHARACTER SET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '会员钱包充值' ROW_FORMAT = Dynamic;
