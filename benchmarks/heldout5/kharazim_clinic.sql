-- source: Tyrael-Archangel/kharazim kharazim-application/sql/ 20231225_03_create_user_role.sql @ 2a1c23305043be32f21edd1de3faecfa01d786e1, 20231225_02_create_dict.sql @ 4447a81f30dbff2650bac83893262c39c7c58d21, 20231228_01_create_system_request_log.sql @ 3a172a4f0afb693221bfbbba20beb2e1f3f571b4, 20231231_01_create_clinic.sql @ 76bfe66398020b3e9ced2381a9c9673f603e03c0, 20240109_01_create_customer.sql @ 1151974dff5be48f06befd3e0a85c7f8518eeedc, 20240126_01_create_recharge_card.sql @ 4447a81f30dbff2650bac83893262c39c7c58d21, 20240222_01_create_supplier.sql @ 2f0416a30a712670706842e817076537d416c285, 20240328_01_create_prescription.sql @ 9c9d313a002aa3d0ba95bc708f4df89a06c91d42, 20240403_01_create_settlement.sql @ cc4f527ddf60514534ac51e8a3f77304f204990c (MIT); their CREATE TABLE statements verbatim, dictionary INSERTs and the admin-user INSERT/UPDATE/ALTER dropped
create table `user`
(
    `id`                   bigint      not null auto_increment primary key,
    `code`                 varchar(32) not null,
    `name`                 varchar(64) not null,
    `nick_name`            varchar(64),
    `english_name`         varchar(64) comment '用户英文名',
    `avatar`               varchar(512) comment '头像',
    `gender`               int comment '性别，1-男性，2-女性',
    `birthday`             date comment '生日',
    `phone`                varchar(32) comment '手机号码',
    `password`             varchar(64) not null,
    `need_change_password` bit         not null default 0 comment '是否需要修改密码（新建的用户或者管理员重置密码后建议用户自己修改密码）',
    `status`               int         not null default 1 comment '状态，1-已启用，2-已禁用',
    `wechat_code`          varchar(64) comment '微信号',
    `wechat_union_id`      varchar(64) comment '微信union_id',
    `wechat_name`          varchar(64) comment '微信名',
    `certificate_type`     int comment '证件类型',
    `certificate_code`     varchar(64) comment '证件号码',
    `remark`               varchar(255) comment '备注',
    `creator`              varchar(64) not null,
    `creator_code`         varchar(32) not null,
    `create_time`          datetime    not null,
    `updater`              varchar(64) not null,
    `updater_code`         varchar(32) not null,
    `update_time`          datetime    not null,
    `deleted`              bit         not null default 0,
    `deleted_timestamp`    bigint      not null default 0 comment '删除时间戳',
    unique index udx_name (`name`, `deleted_timestamp`),
    unique index udx_code (`code`)
) comment '系统用户表';

create table `role`
(
    `id`                bigint      not null auto_increment primary key,
    `code`              varchar(32) not null,
    `super_admin`       bit         not null default 0,
    `name`              varchar(64) not null,
    `sort`              int                  default 1,
    `status`            int                  default 1,
    `create_time`       datetime    not null,
    `update_time`       datetime    not null,
    `deleted_timestamp` bigint      not null default 0 comment '删除时间戳，0表示未删除',
    unique index udx_name_deleted (`name`, `deleted_timestamp`)
) comment '角色（岗位）';

create table `user_role`
(
    `id`      bigint not null auto_increment primary key,
    `user_id` bigint not null,
    `role_id` bigint not null,
    unique index udx_user_role (`user_id`),
    index idx_role (`role_id`)
) comment '用户-角色（岗位）关联关系表';

create table `dict_item`
(
    `id`        bigint      not null auto_increment primary key,
    `dict_code` varchar(64) not null,
    `key`       varchar(64) not null,
    `value`     varchar(64) not null,
    `sort`      int default 0,
    unique index udx_dict_code_value (`dict_code`, `key`)
) comment '字典项';

create table `system_request_log`
(
    `id`               bigint not null primary key auto_increment,
    `uri`              varchar(2048),
    `http_method`      varchar(16),
    `remote_addr`      varchar(128),
    `real_ip`          varchar(128),
    `forwarded_for`    varchar(128),
    `request_headers`  json,
    `response_headers` json,
    `request_params`   json,
    `response_status`  int,
    `request_body`     longtext,
    `response_body`    longtext,
    `user_name`        varchar(64),
    `start_time`       datetime(3),
    `end_time`         datetime(3),
    `cost_mills`       int as ((`end_time` - `start_time`) * 1000),
    index idx_start (`start_time`),
    index idx_end (`end_time`)
) comment '系统请求日志';

create table `clinic`
(
    `id`           bigint       not null auto_increment primary key,
    `code`         varchar(32)  not null comment '诊所（机构）编码',
    `name`         varchar(128) not null comment '诊所（机构）名称',
    `english_name` varchar(128) comment '诊所（机构）英文名称',
    `image`        varchar(512) comment '图片',
    `status`       int          not null comment '状态',
    `creator`      varchar(64),
    `creator_code` varchar(32),
    `create_time`  datetime,
    `updater`      varchar(64),
    `updater_code` varchar(32),
    `update_time`  datetime,
    `deleted`      bit          not null default 0,
    unique index udx_code (`code`),
    unique index udx_name (`name`)
) comment '诊所（机构）';

create table `customer`
(
    `id`                   bigint      not null auto_increment primary key,
    `code`                 varchar(32) not null comment '会员编码',
    `name`                 varchar(64) not null comment '会员名称',
    `gender`               int comment '性别',
    `birth_year`           int comment '生日年',
    `birth_month`          int comment '生日月',
    `birth_day_of_month`   int comment '生日日',
    `phone`                varchar(32) comment '手机号码',
    `phone_verified`       bit comment '手机号是否已验证',
    `certificate_type`     int comment '证件类型',
    `certificate_code`     varchar(64) comment '证件号',
    `wechat_code`          varchar(64) comment '微信号',
    `wechat_union_id`      varchar(64) comment '微信union_id',
    `wechat_name`          varchar(64) comment '微信名',
    `source_channel_dict`  varchar(32) comment '来源渠道字典值',
    `source_customer_code` varchar(32) comment '推荐（引导）来源会员编码',
    `remark`               varchar(255) comment '备注',
    `creator`              varchar(64),
    `creator_code`         varchar(32),
    `create_time`          datetime,
    `updater`              varchar(64),
    `updater_code`         varchar(32),
    `update_time`          datetime,
    `deleted`              bit         not null default 0,
    unique index udx_code (`code`),
    index idx_name (`name`),
    index idx_certificate_code (`certificate_code`),
    index idx_phone (`phone`)
) comment '会员';

create table `customer_address`
(
    `id`              bigint      not null auto_increment primary key,
    `customer_code`   varchar(32) not null comment '会员编码',
    `contact`         varchar(64) comment '联系人',
    `contact_phone`   varchar(32) comment '联系人电话',
    `province_code`   varchar(32) comment '省份编码',
    `province_name`   varchar(64) comment '省份名称',
    `city_code`       varchar(32) comment '城市编码',
    `city_name`       varchar(64) comment '城市名称',
    `county_code`     varchar(32) comment '县（区）编码',
    `county_name`     varchar(64) comment '县（区）名称',
    `detail_address`  varchar(255) comment '详细地址',
    `default_address` bit         not null default 0 comment '是否为会员的默认地址',
    `creator`         varchar(64),
    `creator_code`    varchar(32),
    `create_time`     datetime,
    `updater`         varchar(64),
    `updater_code`    varchar(32),
    `update_time`     datetime,
    `deleted`         bit         not null default 0,
    index idx_customer_code (`customer_code`)
) comment '会员地址';

create table `customer_insurance`
(
    `id`                bigint      not null auto_increment primary key,
    `customer_code`     varchar(32) not null comment '会员编码',
    `company_dict`      varchar(64) comment '保险公司字典值',
    `policy_number`     varchar(64) comment '保单号',
    `duration`          date comment '保险有效期限',
    `benefits`          varchar(1024) comment '保险福利',
    `default_insurance` bit         not null default 0 comment '是否为会员的默认保险',
    `creator`           varchar(64),
    `creator_code`      varchar(32),
    `create_time`       datetime,
    `updater`           varchar(64),
    `updater_code`      varchar(32),
    `update_time`       datetime,
    `deleted`           bit         not null default 0,
    `deleted_timestamp` bigint      not null default 0 comment '删除时间戳',
    unique index udx_customer_policy (`customer_code`, `policy_number`, `deleted_timestamp`)
) comment '会员保险';

create table `customer_service_user`
(
    `id`                bigint      not null auto_increment primary key,
    `customer_code`     varchar(32) not null comment '会员编码',
    `service_user_code` varchar(32) not null comment '专属客服编码',
    `creator`           varchar(64),
    `creator_code`      varchar(32),
    `create_time`       datetime,
    `updater`           varchar(64),
    `updater_code`      varchar(32),
    `update_time`       datetime,
    `deleted`           bit         not null default 0,
    `deleted_timestamp` bigint      not null default 0 comment '删除时间戳',
    unique index udx_customer_code (`customer_code`, `deleted_timestamp`)
) comment '会员专属客服';

create table `customer_sales_consultant`
(
    `id`                    bigint      not null auto_increment primary key,
    `customer_code`         varchar(32) not null comment '会员编码',
    `sales_consultant_code` varchar(32) not null comment '专属销售顾问编码',
    `creator`               varchar(64),
    `creator_code`          varchar(32),
    `create_time`           datetime,
    `updater`               varchar(64),
    `updater_code`          varchar(32),
    `update_time`           datetime,
    `deleted`               bit         not null default 0,
    `deleted_timestamp`     bigint      not null default 0 comment '删除时间戳',
    unique index udx_customer_code (`customer_code`, `deleted_timestamp`)
) comment '会员专属销售顾问';

create table `customer_tag`
(
    `id`                bigint      not null auto_increment primary key,
    `customer_code`     varchar(32) not null comment '会员编码',
    `tag_dict`          varchar(64) not null comment '会员标签字典值',
    `creator`           varchar(64),
    `creator_code`      varchar(32),
    `create_time`       datetime,
    `updater`           varchar(64),
    `updater_code`      varchar(32),
    `update_time`       datetime,
    `deleted`           bit         not null default 0,
    `deleted_timestamp` bigint      not null default 0 comment '删除时间戳',
    unique index udx_customer_tag (`customer_code`, `tag_dict`, `deleted_timestamp`)
) comment '会员标签';

create table `customer_communication_log`
(
    `id`                 bigint      not null auto_increment primary key,
    `type_dict`          varchar(64) comment '沟通类型字典值',
    `customer_code`      varchar(32) not null comment '会员编码',
    `service_user_code`  varchar(32) not null comment '客服人员编码',
    `content`            varchar(1024) comment '沟通内容',
    `evaluate_dict`      varchar(64) comment '沟通评价字典值',
    `communication_time` datetime    not null comment '沟通时间',
    `creator`            varchar(64) comment '创建人',
    `creator_code`       varchar(32) comment '创建人编码',
    `create_time`        datetime comment '创建时间',
    index idx_customer_code (`customer_code`),
    index idx_create_time (`create_time`)
) comment '会员沟通记录';

create table `family`
(
    `id`           bigint      not null auto_increment primary key,
    `code`         varchar(32) not null comment '家庭编码',
    `name`         varchar(64) comment '家庭名',
    `leader_code`  varchar(32) not null comment '户主会员编码',
    `remark`       varchar(1024),
    `creator`      varchar(64),
    `creator_code` varchar(32),
    `create_time`  datetime,
    `updater`      varchar(64),
    `updater_code` varchar(32),
    `update_time`  datetime,
    `deleted`      bit         not null default 0,
    unique index udx_code (`code`)
) comment '家庭';

create table `family_member`
(
    `id`                 bigint      not null auto_increment primary key,
    `family_code`        varchar(32) not null comment '家庭编码',
    `customer_code`      varchar(32) not null comment '会员编码',
    `relation_to_leader` varchar(32) not null comment '与家庭户主关系',
    `creator`            varchar(64),
    `creator_code`       varchar(32),
    `create_time`        datetime,
    `updater`            varchar(64),
    `updater_code`       varchar(32),
    `update_time`        datetime,
    `deleted`            bit         not null default 0,
    `deleted_timestamp`  bigint      not null default 0 comment '删除时间戳',
    unique index udx_customer_family (`customer_code`, `family_code`, `deleted_timestamp`),
    index idx_family (`family_code`)
) comment '家庭成员';

create table recharge_card_type
(
    `id`                  bigint         not null auto_increment primary key,
    `code`                varchar(32)    not null comment '储值卡项编码',
    `name`                varchar(64)    not null comment '储值卡项名称',
    `discount_percent`    decimal(4, 2)  not null comment '折扣百分比',
    `never_expire`        bit            not null comment '是否永不过期',
    `valid_period_days`   int comment '有效期天数',
    `default_amount`      decimal(10, 2) not null comment '默认卡金额',
    `can_create_new_card` bit            not null comment '是否可以创建新卡',
    `creator`             varchar(64)    not null,
    `creator_code`        varchar(32)    not null,
    `create_time`         datetime       not null,
    `updater`             varchar(64)    not null,
    `updater_code`        varchar(32)    not null,
    `update_time`         datetime       not null,
    `deleted`             bit            not null default 0,
    unique index udx_code (`code`)
) comment '储值卡项';

create table `customer_recharge_card`
(
    `id`                       bigint                  not null auto_increment primary key,
    `code`                     varchar(32)             not null comment '储值单号',
    `status`                   int                     not null comment '状态',
    `customer_code`            varchar(32)             not null comment '会员编码',
    `card_type_code`           varchar(32)             not null comment '储值卡项编码',
    `total_amount`             decimal(10, 2) unsigned not null comment '储值总金额',
    `consumed_amount`          decimal(10, 2) unsigned not null comment '已消费金额',
    `consumed_original_amount` decimal(10, 2) unsigned not null comment '已消费商品原价金额',
    `trader_user_code`         varchar(32)             not null comment '成交员工编码',
    `discount_percent`         decimal(4, 2)           not null comment '折扣百分比',
    `never_expire`             bit                     not null comment '是否永不过期',
    `expire_date`              date comment '过期时间',
    `recharge_date`            date                    not null comment '储值日期',
    `chargeback_amount`        decimal(10, 2) unsigned comment '退卡金额',
    `chargeback_user_code`     varchar(64) comment '退卡员工编码',
    `creator`                  varchar(64),
    `creator_code`             varchar(32),
    `create_time`              datetime,
    `updater`                  varchar(64),
    `updater_code`             varchar(32),
    `update_time`              datetime,
    `deleted`                  bit                     not null default 0,
    unique index udx_code (`code`),
    index idx_customer (`customer_code`)
) comment '会员储值单';

create table `customer_recharge_card_log`
(
    `id`                   bigint         not null auto_increment primary key,
    `recharge_card_code`   varchar(32)    not null comment '储值单编号',
    `customer_code`        varchar(32)    not null comment '会员编码',
    `log_type`             int            not null comment '日志类型',
    `source_business_code` varchar(32) comment '关联的业务单号，例如结算单号',
    `create_time`          datetime       not null comment '创建时间',
    `amount`               decimal(10, 2) not null comment '交易金额',
    `operator`             varchar(64)    not null,
    `operator_code`        varchar(32)    not null,
    `remark`               varchar(255),
    index idx_recharge_card_code (`recharge_card_code`),
    index idx_create_time (`create_time`)
) comment '储值单日志记录';

create table `customer_wallet_transaction`
(
    `id`                   bigint         not null auto_increment primary key,
    `code`                 varchar(32)    not null comment '交易流水号',
    `customer_code`        varchar(32)    not null comment '会员编码',
    `type`                 int            not null comment '交易类型，充值、消费、退款',
    `transaction_time`     datetime       not null comment '交易时间',
    `source`               int            not null comment '关联的业务类型（储值单、结算单）',
    `source_business_code` varchar(32)    not null comment '关联的业务单号',
    `amount`               decimal(10, 2) not null comment '交易金额',
    `operator`             varchar(64),
    `operator_code`        varchar(32),
    `remark`               varchar(255),
    index idx_code (`code`),
    index idx_customer (`customer_code`),
    index idx_transaction_time (`transaction_time`)
) comment '会员交易流水';

create table `supplier`
(
    `id`           bigint      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code`         varchar(32) not null comment '供应商编码',
    `name`         varchar(32) not null comment '供应商名称',
    `remark`       varchar(255) comment '备注',
    `creator`      varchar(64),
    `creator_code` varchar(32),
    `create_time`  datetime,
    `updater`      varchar(64),
    `updater_code` varchar(32),
    `update_time`  datetime,
    `deleted`      bit         not null default 0,
    unique index udx_code (`code`),
    unique index udx_name (`name`)
) comment '供应商';

create table `prescription`
(
    `id`            bigint         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code`          varchar(32)    not null comment '处方编码',
    `customer_code` varchar(32)    not null comment '会员编码',
    `clinic_code`   varchar(32)    not null comment '诊所（机构）编码',
    `total_amount`  decimal(10, 2) not null comment '总金额（元）',
    `remark`        varchar(256) comment '备注',
    `creator`       varchar(64),
    `creator_code`  varchar(32),
    `create_time`   datetime,
    `updater`       varchar(64),
    `updater_code`  varchar(32),
    `update_time`   datetime,
    `deleted`       bit            not null default 0,
    unique index udx_code (`code`),
    index idx_customer_code (`customer_code`),
    index idx_clinic_code (`clinic_code`)
) comment '处方';

create table `prescription_product`
(
    `id`                bigint         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `prescription_code` varchar(32)    not null comment '处方编码',
    `sku_code`          varchar(32)    not null comment 'SKU编码',
    `quantity`          int            not null comment '数量',
    `price`             decimal(10, 2) not null comment '单价（元）',
    `amount`            decimal(10, 2) not null comment '商品项金额（元）',
    index idx_prescription_code (`prescription_code`)
) comment '处方商品项';

create table `settlement_order`
(
    `id`                       bigint         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code`                     varchar(32)    not null comment '结算单编码',
    `customer_code`            varchar(32)    not null comment '会员编码',
    `clinic_code`              varchar(32)    not null comment '诊所（机构）编码',
    `total_amount`             decimal(10, 2) not null comment '总金额（元）',
    `source_prescription_code` varchar(32)    not null comment '来源处方编码',
    `status`                   int            not null comment '结算单状态',
    `settlement_time`          datetime comment '结算时间',
    `creator`                  varchar(64),
    `creator_code`             varchar(32),
    `create_time`              datetime,
    `updater`                  varchar(64),
    `updater_code`             varchar(32),
    `update_time`              datetime,
    `deleted`                  bigint         not null default 0 comment '删除时间戳，0表示未删除',
    unique index udx_code (`code`),
    index idx_customer_code (`customer_code`),
    index idx_clinic_code (`clinic_code`)
) comment '结算单';

create table `settlement_order_item`
(
    `id`                    bigint         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `settlement_order_code` varchar(32)    not null comment '结算单编码',
    `sku_code`              varchar(32)    not null comment 'SKU编码',
    `quantity`              int            not null comment '数量',
    `price`                 decimal(10, 2) not null comment '单价（元）',
    `amount`                decimal(10, 2) not null comment '商品项金额（元）',
    index idx_settlement_order_code (`settlement_order_code`)
) comment '结算单商品项';
