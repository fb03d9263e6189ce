-- source: damingerdai/hoteler src/main/resources/db/migration/V202012252237__CUSTOMERS.sql @ 02fce344c659454b562f98d85dbdde4acf3f92c6
CREATE TABLE IF NOT EXISTS customers (
    id bigint primary key not null,
    name varchar(100) not null,
    gender char(1) default 'N',
    card_id char(18) not null ,
    phone bigint,
    create_dt timestamp,
    create_user varchar(50),
    update_dt timestamp,
    update_user varchar(50)
);