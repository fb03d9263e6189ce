-- source: LightSys/kardia kardia-db/ddl-mysql/tables_create.sql @ 02067229bbfb6121d6d5baa1f5060b7dcd0d299e (GPL-2.0-or-later), upstream characters 0-141287 of 389097: partner (p_), mailing-list (m_) and CRM/engagement (e_) modules

use Kardia_DB;
/* Table for Centrallix annotations */
create table ra(
	a varchar(32),
	b text,
	c text,
	PRIMARY KEY (a)
	);

insert ra values('a_account','GL Accounts',':a_acct_desc');

insert ra values('a_account_category','Control Categories',':a_acct_cat_desc');

insert ra values('a_batch','Batches',':a_batch_desc');

insert ra values('a_cost_center','Cost Centers',':a_cc_desc');

insert ra values('a_cost_center_prefix','CostCtr Prefixes',':a_cc_prefix_desc');

insert ra values('a_period','Periods',':a_period_desc');

insert ra values('m_list','Mailing Lists',':m_list_description');

insert ra values('p_partner','Partners',':p_surname + ", " + :p_given_name');



/* p_partner */

create table p_partner (
        p_partner_key                         char(10)  not null,      /*  --  */
        p_creating_office                     char(10)  not null,      /* partner key of creating office --  */
        p_parent_key                          char(10)  null,          /* for partner hierarchies of various sorts --  */
        p_partner_class                       char(3)  not null,       /*  --  */
        p_status_code                         char(1)  not null,       /* D=Deceased A=Active X=Removed by Constituent O=Obsolete for unknown reason --  */
        p_status_change_date                  datetime  null,          /*  --  */
        p_title                               varchar(64)  null,       /* Mr. & Mrs. --  */
        p_given_name                          varchar(64)  null,       /* Jonathan and Jane --  */
        p_preferred_name                      varchar(64)  null,       /* Jon and Jane --  */
        p_surname                             varchar(64)  null,       /* Doe --  */
        p_surname_first                       bit,                     /* surname comes first, e.g., Korean --  */
        p_localized_name                      varchar(96)  null,       /*  --  */
        p_suffix                              varchar(64)  null,       /* such as "Jr.", "M.D.", "and Family", etc. --  */
        p_org_name                            varchar(64)  null,       /*  --  */
        p_gender                              char(1)  null,           /* M=male, F=female, C=couple --  */
        p_language_code                       char(3)  null,           /*  --  */
        p_acquisition_code                    char(3)  null,           /*  --  */
        p_comments                            varchar(1536)  null,     /*  --  */
        p_record_status_code                  char(1)  not null,       /* A=active, O=obsolete, M=merged --  */
        p_no_mail_reason                      char(1)  null,           /* Reason why p_no_mail is set: (U)ndeliverable, (O)ffice Request, (P)ersonal Request, (M)issionary Request, (D)eceased, (T)emporarily Away, (I)nactive Donor, (X) Other. --  */
        p_no_solicitations                    bit,                     /*  --  */
        p_no_mail                             bit,                     /*  --  */
        p_cost_center                         varchar(20)  null,       /* The cost center number (see a_cost_center) associated with the partner, if applicable. --  */
        p_best_contact                        char(10)  null,          /*  --  */
        p_merged_with                         char(10)  null,          /* new key id after merge --  */
        p_legacy_key_1                        char(10)  null,          /* old system --  */
        p_legacy_key_2                        char(10)  null,          /* old system --  */
        p_legacy_key_3                        char(10)  null,          /* old system --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* p_partner_key_cnt */

create table p_partner_key_cnt (
        p_partner_key                         char(10)  not null       /*  --  */

);


/* p_person */

create table p_person (
        p_partner_key                         char(10)  not null,      /*  --  */
        p_previous_surname                    varchar(64)  null,       /*  --  */
        p_date_of_birth                       datetime  null,          /*  --  */
        p_marital_status                      char(1)  not null,       /*  --  */
        p_academic_title                      varchar(48)  null,       /*  --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* p_location */

create table p_location (
        p_partner_key                         char(10)  not null,      /*  --  */
        p_location_id                         tinyint  not null,       /*  --  */
        p_revision_id                         integer  not null,       /* 0 if current address, or <n> if it is an older revision. --  */
        p_location_type                       char(1)  null,           /* H=home, W=work, S=school, V=vacation --  */
        p_date_effective                      datetime  null,          /*  --  */
        p_date_good_until                     datetime  null,          /*  --  */
        p_purge_date                          datetime  null,          /*  --  */
        p_in_care_of                          varchar(80)  null,       /*  --  */
        p_address_1                           varchar(80)  null,       /*  --  */
        p_address_2                           varchar(80)  null,       /*  --  */
        p_address_3                           varchar(80)  null,       /*  --  */
        p_city                                varchar(64)  null,       /*  --  */
        p_state_province                      varchar(64)  null,       /* Use country-keyed ref tbl 4 state/prov/county --  */
        p_country_code                        char(2)  null,           /* Use ISO codes same as domain names --  */
        p_postal_code                         varchar(12)  null,       /*  --  */
        p_postal_mode                         char(1)  null,           /* B-Bulk F-FirstClass Used to override postal modes on mailings --  */
        p_bulk_postal_code                    varchar(12)  null,       /* USPS - zip center 3 digits --  */
        p_certified_date                      datetime  null,          /* e.g., CASS certification of address --  */
        p_postal_status                       char(1)  null,           /* e.g., ACS status, CASS status -- K=Addressee-UnKnown F=Forwarding-Order-Expired N=No-such-#-or-Address U=Undeliverable-by-P.O. X=Other */
        p_postal_barcode                      varchar(128)  null,      /* Postal barcode sequence for printing mailing labels etc. --  */
        p_record_status_code                  char(1)  not null,       /* A=active, O=obsolete, Q=active but needs QA (e.g., new record) --  */
        p_location_comments                   varchar(1536)  null,     /*  --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* p_address_format */

create table p_address_format (
        p_address_set                         char(10)  not null,      /* Set of address formats being used --  */
        p_country_code                        char(2)  not null,       /* Country for address format (from p_country table / p_country_code in p_location) --  */
        p_format                              varchar(1024)  not null,
                                                                      /* Format of address, to be evaluated with Centrallix substitute() function. --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* p_address_format_set */

create table p_address_format_set (
        p_address_set                         char(10)  not null,      /* Set of address formats being used --  */
        p_address_set_desc                    char(255)  not null,     /* description of address format set. --  */
        p_is_active                           bit  not null,           /* is the address format set active? --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);
insert into p_address_format_set (p_address_set,p_address_set_desc,p_is_active,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select "STANDARD" as p_address_set, "Standard Format Set" as p_address_set_desc, 1 as p_is_active, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;


/* p_contact_info */

create table p_contact_info (
        p_partner_key                         char(10)  not null,      /*  --  */
        p_contact_id                          tinyint  not null,       /*  --  */
        p_contact_type                        char(1)  not null,       /* P=phone, F=fax, C=cell, E=email, W=website --  */
        p_location_id                         char(3)  null,           /* Either the ID of the associated location, or a 'location type' (W, H, etc...) --  */
        p_phone_country                       varchar(3)  null,        /*  --  */
        p_phone_area_city                     varchar(4)  null,        /*  --  */
        p_contact_data                        varchar(80)  null,       /*  --  */
        p_record_status_code                  char(1)  not null,       /* A=active, O=obsolete --  */
        p_contact_comments                    varchar(1536)  null,     /*  --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* p_contact_usage */

create table p_contact_usage (
        p_contact_usage_type_code             varchar(4)  not null,    /* Unique code for this usage type --  */
        p_partner_key                         char(10)  not null,      /* The partner ID that this applies to --  */
        p_contact_location_id                 integer  not null,       /* The contact or location ID this applies to --  */
        p_contact_or_location                 char(1)  not null,       /* C = contact, L = location --  */
        p_start_date                          datetime  null,          /* The first validity date for this usage --  */
        p_end_date                            datetime  null,          /* The last validity date for this usage --  */
        p_daterange_no_year                   bit  not null,           /* If set to 1, ignore the year part of the start-end date range (the range recurs yearly) --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* p_contact_usage_type */

create table p_contact_usage_type (
        p_contact_usage_type_code             varchar(4)  not null,    /* Unique code for this usage type --  */
        p_system_provided                     bit  not null,           /* 1 = this code is provided with the system and cannot be changed or removed --  */
        p_use_for_locations                   bit  not null,           /* 1 = this code can be used for p_location records. --  */
        p_use_for_contacts                    bit  not null,           /* 1 = this code can be used for contact data (phone, email, etc.) --  */
        p_contact_types                       varchar(32)  not null,   /* a list of contact type codes that this code applies to. --  */
        p_contact_usage_label                 varchar(80)  not null,   /* The label/description for this usage code. --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* p_partner_relationship */

create table p_partner_relationship (
        p_partner_key                         char(10)  not null,      /* source of relationship --  */
        p_relation_type                       integer  not null,       /* brother, wife, son, etc. See p_partner_relationship_type. --  */
        p_relation_key                        char(10)  not null,      /* the one the source is related to --  */
        p_relation_comments                   varchar(900)  null,      /*  --  */
        p_relation_start_date                 datetime  null,          /*  --  */
        p_relation_end_date                   datetime  null,          /*  --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* p_partner_relationship_type */

create table p_partner_relationship_type (
        p_relation_type                       integer  not null,       /* brother, wife, son, etc. See p_partner_relationship_type. --  */
        p_relation_type_label                 varchar(40)  not null,   /*  --  */
        p_relation_type_desc                  varchar(900)  null,      /*  --  */
        p_relation_type_rev_label             varchar(40)  not null,   /* label for relationship applied in reverse --  */
        p_relation_type_rev_desc              varchar(900)  null,      /* description for relationship applied in reverse --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* p_church */

create table p_church (
        p_partner_key                         char(10)  not null,      /*  --  */
        p_approximate_size                    int  null,               /*  --  */
        p_denomination_code                   char(3)  null,           /*  --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* p_donor */

create table p_donor (
        p_partner_key                         char(10)  not null,      /* The partner key of this payee --  */
        a_gl_ledger_number                    char(10)  not null,      /* The GL ledger in our system used for tracking the receivable (asset acct) --  */
        a_gl_account_code                     char(16)  null,          /* The GL account in our system used for tracking the receivable (asset acct) --  */
        p_account_with_donor                  varchar(20)  null,       /* The account number with the payer (e.g., if payer is a business and we have an account with them) --  */
        p_allow_contributions                 bit  not null,           /* Whether to permit payments/contributions from this payer --  */
        p_location_id                         integer  null,           /* The location id (address) to use for issuing receipts to this donor --  */
        p_contact_id                          integer  null,           /* The contact info id (email/phone/etc) to use as a "best contact for" this donor --  */
        p_org_name_first                      bit  not null,           /* Whether to list organization name first on receipt address, rather than first/last name. --  */
        p_receipt_desired                     char(1)  null,           /* Indicates the donor's preference for receipts: (N)one, (I)mmediate, (A)nnual --  */
        p_is_daf                              bit  default 0,          /* Whether this donor is a donor advised fund --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* p_payee */

create table p_payee (
        p_partner_key                         char(10)  not null,      /* The partner key of this payee --  */
        a_gl_ledger_number                    char(10)  not null,      /* The GL ledger in our system used for tracking the payable (liability acct) --  */
        a_gl_account_code                     char(16)  null,          /* The GL account in our system used for tracking the payable (liability acct) --  */
        p_account_with_payee                  varchar(20)  null,       /* The account number with the payee (e.g., if payee is a business and we have an account with them) --  */
        p_allow_payments                      bit  not null,           /* Whether to permit payments to this payee --  */
        p_location_id                         integer  null,           /* The location id (address) to use for issuing payments to this payee --  */
        p_contact_id                          integer  null,           /* The contact info id (email/phone/etc) to use as a "best contact for" this payee --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* p_staff */

create table p_staff (
        p_partner_key                         char(10)  not null,      /* The partner key of the staff member --  */
        p_is_staff                            bit,                     /* Set to 0 to disable this partner as a staff member. --  */
        p_kardia_login                        varchar(128)  null,      /* The Kardia login name of the staff member. --  */
        p_kardiaweb_login                     varchar(128)  null,      /* The Kardia self-service website login of the staff member. --  */
        p_preferred_email_id                  integer  null,           /* Preferred email (p_contact_info) for receiving reports and such from Kardia --  */
        p_preferred_location_id               integer  null,           /* Preferred location (p_location) for receiving reports and such from Kardia --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* p_bulk_postal_code */

create table p_bulk_postal_code (
        p_bulk_code                           varchar(10)  not null,   /* The Post-office code for the bulk mailing type, for example, L801 --  */
        p_country_code                        varchar(2)  not null,    /* The country the code is for --  */
        p_bulk_postal_code                    varchar(10)  not null,   /* The Zip Center (3 digits) --  */
        p_bulk_postal_code_description        varchar(255)  null,      /* Name of zip center (city, etc) --  */
        p_zip_state                           char(2)  null,           /* The State the zip is in --  */
        p_bulk_range                          varchar(20)  null,       /* The range that the zipcenter falls into. Used for double-checking purposes only --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* p_zipranges */

create table p_zipranges (
        p_state_code                          char(2)  not null,       /* The state the range is for --  */
        p_first_zip                           char(5)  not null,       /* First zip code in the range --  */
        p_last_zip                            char(5)  not null,       /* Last zip in the range --  */
        p_state_name                          varchar(20)  not null,   /* The State the zip is in --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* p_country */

create table p_country (
        p_country_code                        char(2)  not null,       /* ISO 3166-1 Alpha-2 With UK exception (basically ccTLD codes) --  */
        p_iso3166_2_code                      char(2)  not null,       /* ISO 3166-1 Alpha-2 --  */
        p_iso3166_3_code                      char(3)  not null,       /* ISO 3166-1 Alpha-3 --  */
        p_fips_code                           char(2)  not null,       /* Two-letter codes used by FIPS 10-4 / CIA World Factbook / Joshua Project / HIS-ROG3 --  */
        p_country_name                        varchar(255)  not null,  /* The name of the country --  */
        p_local_name                          varchar(255)  null,      /* The localized name of the country --  */
        p_phone_code                          int  null,               /* The phone calling code for this country --  */
        p_security_level                      int  null,               /* The security level for this country (from Joshua project) --  */
        p_nationality                         varchar(30)  null,       /* Nationality of the people --  */
        p_early_timezone                      char(5)  null,           /* Earliest timezone in the country --  */
        p_late_timezone                       char(5)  null,           /* Latest timezone in the country --  */
        p_record_status_code                  char(1)  not null,       /* (A)ctive, (O)bsolete -- for listing old addresses that have obsolete country codes. --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* p_pol_division */

create table p_pol_division (
        p_country_code                        char(2)  not null,       /* ISO 3166-1 Alpha-2 With UK exception (basically ccTLD codes) --  */
        p_pol_division                        varchar(64)  not null,   /* Political division abbrev/code, or full name if no abbrev/code. --  */
        p_pol_division_parent                 varchar(64)  null,       /* Political division that this is a part of (null == top level state or province) --  */
        p_pol_division_name                   varchar(64)  not null,   /* Political division name or label --  */
        p_local_name                          varchar(255)  null,      /* The localized name of the political division --  */
        p_record_status_code                  char(1)  not null,       /* (A)ctive, (O)bsolete -- for old addresses that have an obsolete state/province. --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'AL' as p_pol_division, 'Alabama' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'GA' as p_pol_division, 'Georgia' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'HI' as p_pol_division, 'Hawaii' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'ID' as p_pol_division, 'Idaho' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'IL' as p_pol_division, 'Illinois' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'IN' as p_pol_division, 'Indiana' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'IA' as p_pol_division, 'Iowa' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'KS' as p_pol_division, 'Kansas' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'KY' as p_pol_division, 'Kentucky' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'LA' as p_pol_division, 'Louisiana' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'ME' as p_pol_division, 'Maine' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'AK' as p_pol_division, 'Alaska' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'MD' as p_pol_division, 'Maryland' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'MA' as p_pol_division, 'Massachusetts' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'MI' as p_pol_division, 'Michigan' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'MN' as p_pol_division, 'Minnesota' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'MS' as p_pol_division, 'Mississippi' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'MO' as p_pol_division, 'Missouri' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'MT' as p_pol_division, 'Montana' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'NE' as p_pol_division, 'Nebraska' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'NV' as p_pol_division, 'Nevada' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'NH' as p_pol_division, 'New Hampshire' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'AZ' as p_pol_division, 'Arizona' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'NJ' as p_pol_division, 'New Jersey' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'NM' as p_pol_division, 'New Mexico' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'NY' as p_pol_division, 'New York' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'NC' as p_pol_division, 'North Carolina' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'ND' as p_pol_division, 'North Dakota' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'OH' as p_pol_division, 'Ohio' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'OK' as p_pol_division, 'Oklahoma' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'OR' as p_pol_division, 'Oregon' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'PA' as p_pol_division, 'Pennsylvania' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'RI' as p_pol_division, 'Rhode Island' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'AR' as p_pol_division, 'Arkansas' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'SC' as p_pol_division, 'South Carolina' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'SD' as p_pol_division, 'South Dakota' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'TN' as p_pol_division, 'Tennessee' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'TX' as p_pol_division, 'Texas' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'UT' as p_pol_division, 'Utah' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'VT' as p_pol_division, 'Vermont' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'VA' as p_pol_division, 'Virginia' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'WA' as p_pol_division, 'Washington' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'WV' as p_pol_division, 'West Virginia' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'WI' as p_pol_division, 'Wisconsin' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'CA' as p_pol_division, 'California' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'WY' as p_pol_division, 'Wyoming' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'DC' as p_pol_division, 'Washington DC' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'CO' as p_pol_division, 'Colorado' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'CT' as p_pol_division, 'Connecticut' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'DE' as p_pol_division, 'Delaware' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_pol_division (p_country_code,p_pol_division,p_pol_division_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'US' as p_country_code, 'FL' as p_pol_division, 'Florida' as p_pol_division_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;


/* p_banking_details */

create table p_banking_details (
        p_banking_details_key                 integer  not null,       /* banking details key (autonumbered) --  */
        p_banking_type                        char(1)  not null,       /* type of account (C=checking, S=savings, R=revolving credit account such as VISA/MC) --  */
        p_banking_card_type                   char(2)  null,           /* type of revolving credit - VI = visa, MC = mastercard, AE = american express, DI = discover, etc. --  */
        p_partner_id                          char(10)  null,          /* partner id of the account owner (if relevant) --  */
        p_bank_partner_id                     char(10)  null,          /* partner id of the financial institution itself (if available) --  */
        p_bank_account_name                   varchar(80)  not null,   /* name on the account (e.g., name on visa card, etc.) --  */
        p_bank_account_number                 varchar(32)  null,       /* number of the account --  */
        p_bank_routing_number                 varchar(32)  null,       /* routing number, if applicable --  */
        p_next_check_number                   integer  null,           /* next check number to use when writing checks --  */
        p_bank_expiration                     datetime  null,          /* expiration date on account --  */
        a_ledger_number                       char(10)  null,          /* GL ledger associated with this bank account --  */
        a_account_code                        char(16)  null,          /* GL account associated with this bank account --  */
        p_comment                             varchar(255)  null,      /* comments / description of bank account --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* p_banking_type */

create table p_banking_type (
        p_banking_type                        char(1)  not null,       /* type of account (C=checking, S=savings, R=revolving credit account such as VISA/MC, D=certificate of deposit, M=merchant, I=investment) --  */
        p_banking_desc                        varchar(64)  null,       /* comments / description of bank account --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);
insert into p_banking_type (p_banking_type,p_banking_desc,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'C' as p_banking_type, 'Checking' as p_banking_desc, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_banking_type (p_banking_type,p_banking_desc,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'S' as p_banking_type, 'Savings' as p_banking_desc, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_banking_type (p_banking_type,p_banking_desc,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'R' as p_banking_type, 'Revolving Credit' as p_banking_desc, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_banking_type (p_banking_type,p_banking_desc,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'D' as p_banking_type, 'Certificate of Deposit' as p_banking_desc, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_banking_type (p_banking_type,p_banking_desc,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'M' as p_banking_type, 'Merchant' as p_banking_desc, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_banking_type (p_banking_type,p_banking_desc,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'I' as p_banking_type, 'Investment' as p_banking_desc, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;


/* p_title */

create table p_title (
        p_title                               varchar(64)  not null,   /* Mr. & Mrs. --  */
        p_record_status_code                  char(1)  not null,       /* A=active, O=obsolete --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* p_gazetteer */

create table p_gazetteer (
        p_country_code                        char(2)  not null,       /* The country code containing this gazetteer feature --  */
        p_feature_type                        char(2)  not null,       /* The feature type. "PC" for postal code (zip code). --  */
        p_feature_id                          integer  not null,       /* numeric ID of the feature (this depends on feature source) --  */
        p_alt_feature_id                      integer  not null,       /* alternate numeric ID of the feature (this depends on feature source) --  */
        p_feature_name                        varchar(80)  not null,   /* name of the feature (zip code, city name, etc.) --  */
        p_feature_desc                        varchar(255)  null,      /* description of the feature (zip code, city name, etc.) --  */
        p_state_province                      varchar(64)  null,       /* if applicable, the state or province that this feature occurs in (data not always available) --  */
        p_area_land                           float  null,             /* land area of the feature, in square miles --  */
        p_area_water                          float  null,             /* water area of the feature, in square miles --  */
        p_latitude                            float  null,             /* latitude of the feature, in degrees. Positive is north latitude, negative is south latitude. --  */
        p_longitude                           float  null,             /* longitude of the feature, in degrees. Positive is east latitude, negative is west latitude. --  */
        p_source                              varchar(40)  null,       /* source of the data (USCENSUS2010, for the US 2010 Census Gazetteer files) --  */
        p_validity_date                       datetime  null,          /* the date that the data was gathered / is first valid. --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* p_dup_check_tmp */

create table p_dup_check_tmp (
        p_partner_key                         char(10)  not null,      /* partner key of a potential duplicate record. --  */
        s_username                            varchar(20)  not null,   /* name of the user that is looking for the dups --  */
        p_score                               int  not null,           /* the "score" that we want to order the potential duplicate record in. --  */
        p_comment                             varchar(255)  not null,  /* a comment describing what is similar about this duplicate record. --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* p_partner_sort_tmp */

create table p_partner_sort_tmp (
        p_partner_key                         char(10)  not null,      /* partner key --  */
        s_username                            varchar(20)  not null,   /* name of the user --  */
        p_sort_session_id                     integer  not null,       /* ID of sort session, a unique integer. --  */
        p_sortkey                             varchar(255)  not null,  /* the sorting key, determining the order in which sorted records are returned. --  */
        p_location_id                         integer  null,           /* the location record to use for this partner --  */
        p_contact_id                          integer  null,           /* the contact record to use for this partner --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* p_acquisition_code */

create table p_acquisition_code (
        p_acquisition_code                    char(3)  not null,       /* The 3-character acquisition code for how we originally came in contact with the person --  */
        p_acquisition_name                    varchar(32)  not null,   /* A brief description or label for the acquisition code --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);
insert into p_acquisition_code (p_acquisition_code,p_acquisition_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'CNV' as p_acquisition_code, 'Data Conversion' as p_acquisition_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_acquisition_code (p_acquisition_code,p_acquisition_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'OTH' as p_acquisition_code, 'Other Reason' as p_acquisition_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_acquisition_code (p_acquisition_code,p_acquisition_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'DON' as p_acquisition_code, 'New Donor' as p_acquisition_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_acquisition_code (p_acquisition_code,p_acquisition_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'PAR' as p_acquisition_code, 'Missionary Partner' as p_acquisition_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_acquisition_code (p_acquisition_code,p_acquisition_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'PAY' as p_acquisition_code, 'New Payee' as p_acquisition_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_acquisition_code (p_acquisition_code,p_acquisition_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'STA' as p_acquisition_code, 'New Staff Member' as p_acquisition_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_acquisition_code (p_acquisition_code,p_acquisition_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'MIS' as p_acquisition_code, 'New Missionary' as p_acquisition_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_acquisition_code (p_acquisition_code,p_acquisition_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'EVT' as p_acquisition_code, 'Met at an Event' as p_acquisition_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_acquisition_code (p_acquisition_code,p_acquisition_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'UNI' as p_acquisition_code, 'Met at a College or University' as p_acquisition_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into p_acquisition_code (p_acquisition_code,p_acquisition_name,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 'RAN' as p_acquisition_code, 'Met at Random / Divine Appointment' as p_acquisition_name, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;


/* p_partner_search */

create table p_partner_search (
        p_search_id                           integer  not null,       /* ID of search, a unique integer. --  */
        p_search_desc                         varchar(255)  not null,  /* A name/description given to this search --  */
        p_search_visibility                   char(1)  not null,       /* P = only to me, A = visible to everyone --  */
        p_is_temporary                        bit  not null,           /* If set to 1 (true), then this search and its results will automatically be erased --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* p_partner_search_stage */

create table p_partner_search_stage (
        p_search_id                           integer  not null,       /* ID of search, a unique integer. --  */
        p_search_stage_id                     integer  not null,       /* ID of search stage - an advanced search is composed of one or more stages, each of which can filter, remove from, or add to the results generated by previous stages. --  */
        p_stage_type                          char(3)  not null,       /* the type of search stage --  */
        p_stage_op                            char(1)  not null,       /* the "operator" -- are we (A)dding matching people, (R)equiring some criteria, or (E)xcluding matches --  */
        p_result_count                        integer  null,           /* the number of results at the end of this stage the last time results were computed --  */
        p_sequence                            integer  not null,       /* Sequence (order) of search stages. --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* p_partner_search_results */

create table p_partner_search_results (
        p_partner_key                         char(10)  not null,      /* partner key --  */
        s_username                            varchar(20)  not null,   /* name of the user --  */
        p_search_session_id                   integer  not null,       /* ID of search session, a unique integer. --  */
        p_search_stage_id                     integer  not null,       /* ID of search stage - see p_partner_search for details. --  */
        p_sortkey                             varchar(255)  not null,  /* the sorting key, determining the order in which records are returned. --  */
        p_location_id                         integer  null,           /* the location record to use for this partner --  */
        p_contact_id                          integer  null,           /* the contact record to use for this partner --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* p_search_stage_criteria */

create table p_search_stage_criteria (
        p_search_id                           integer  not null,       /* ID of search, a unique integer. --  */
        p_search_stage_id                     integer  not null,       /* ID of search stage --  */
        p_criteria_name                       varchar(32)  not null,   /* the criteria name. --  */
        p_criteria_value                      varchar(900)  null,      /* the criteria's value. --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* p_nondup */

create table p_nondup (
        p_partner_key                         char(10)  not null,      /*  --  */
        p_nondup_partner_key                  char(10)  not null,      /*  --  */
        p_comment                             varchar(900)  null,      /* comments about this pair of partner keys --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* m_list */

create table m_list (
        m_list_code                           varchar(20)  not null,   /* key --  */
        m_list_parent                         varchar(20)  null,       /* if we have a hierarchy of lists, e.g., a publication has issues --  */
        m_list_description                    varchar(255)  not null,  /*  --  */
        m_list_status                         char(1)  not null,       /* O=obsolete, A=active --  */
        m_list_type                           char(1)  not null,       /* P=publication, I=issue, C=campaign, M=motivational code, O=other, etc. --  */
        m_delivery_method                     char(1)  null,           /* default delivery method for this publication (E=email, M=mail) --  */
        m_discard_after                       datetime  null,          /* for temporary lists/extracts --  */
        m_list_frozen                         bit,                     /* do not permit add/remove memberships --  */
        m_date_sent                           datetime  null,          /*  --  */
        m_charge_ledger                       char(10)  null,          /* who to charge for publ. costs --  */
        p_postal_mode                         char(1)  null,           /* B-Bulk F-FirstClass Used to set postal modes on mailings --  */
        m_charge_cost_ctr                     varchar(20)  null,       /*  --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* m_list_membership */

create table m_list_membership (
        m_list_code                           varchar(20)  not null,   /*  --  */
        p_partner_key                         char(10)  not null,      /*  --  */
        m_hist_id                             int  not null,           /* a history of previous subscriptions and removals --  */
        m_num_copies                          int  not null,           /* usually just 1 copy; possible to be 0 copies --  */
        p_location_id                         tinyint  null,           /* if member specifies a particular Location to use --  */
        p_contact_id                          tinyint  null,           /* if member specifies a particular contact info record to use --  */
        m_delivery_method                     char(1)  null,           /* E=email, M=postal mail. If NULL, use delivery method from m_list. --  */
        m_member_type                         char(1)  not null,       /* O=owner, M=member --  */
        m_num_issues_sub                      int  null,               /* how many issues in subscription --  */
        m_num_issues_recv                     int  null,               /* DENORMALIZATION: how many issues received? --  */
        m_start_date                          datetime  null,          /*  --  */
        m_end_date                            datetime  null,          /*  --  */
        m_hold_until_date                     datetime  null,          /* "don't send for 5 months" --  */
        m_renewal_date                        datetime  null,          /* date to bug the member --  */
        m_cancel_date                         datetime  null,          /*  --  */
        m_notice_sent_date                    datetime  null,          /*  --  */
        p_postal_mode                         char(1)  null,           /* B-Bulk F-FirstClass Used to override postal modes for this membership --  */
        m_membership_status                   char(1)  not null,       /* A=active, O=obsolete --  */
        m_complimentary                       bit,                     /* whether the subscription or issue was complimentary --  */
        m_comments                            varchar(255)  null,      /*  --  */
        m_show_contact                        bit,                     /* whether to show first/last name for an org's subscription --  */
        m_contact                             varchar(80)  null,       /* text to use instead of first/last name when printing labels --  */
        m_reason_member                       char(1)  null,           /* why person is on this list --  */
        m_reason_cancel                       char(1)  null,           /* reason given for canceling --  */
        m_sort_order                          integer  null,           /* if a list was imported, and the order it prints in is significant in some way, this field can be used. --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* m_list_document */

create table m_list_document (
        m_list_code                           varchar(20)  not null,   /* key --  */
        e_document_id                         integer  not null,       /* document ID - see CRM system for document storage. --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* e_contact_autorecord */

create table e_contact_autorecord (
        p_partner_key                         char(10)  not null,      /* The partner ID that is doing the engaging --  */
        e_collaborator_id                     char(10)  not null,      /* The collaborator that the partner communicated with --  */
        e_contact_history_type                integer  not null,       /* The type of the contact to automatically record (email / phone / etc), or "ALL" to apply to all types --  */
        e_contact_id                          integer  not null,       /* The contact info id (p_contact_info) to auto record, or (-1) to apply to ALL contact records relevant to the history type above. --  */
        e_engagement_id                       integer  null,           /* The engagement that this contact is in regard to (null if general or pre-engagement) --  */
        e_auto_record                         bit  not null,           /* Whether to auto-record: 1=yes, 0=no --  */
        e_auto_record_apply_all               bit  not null,           /* Whether this auto-record record applies to just this collaborator (0) or to ALL collaborators (1). The auto_record setting for a specific collaborator will override one set for all collaborators. If more than one 'all collaborators' record is present and they conflict, then the default is ON (1), to automatically record the contacts. --  */
        e_comments                            varchar(255)  null,      /* User-entered comments on this engagement track/step for this partner --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* e_contact_history_type */

create table e_contact_history_type (
        e_contact_history_type                integer  not null,       /* The unique ID of this contact history type --  */
        e_short_name                          varchar(24)  not null,   /* Short name of the history type (such as "Phone" or "Pray" or "Note") --  */
        e_description                         varchar(80)  not null,   /* The description of this history type --  */
        e_user_selectable                     bit  not null,           /* Whether this type is selectable by the user when hand-entering a contact history item (otherwise, it is only used for auto-generated records) --  */
        e_is_notes                            bit  not null,           /* Whether this type reflects simple notes recorded (1) or an actual conversation (0) --  */
        e_is_inperson                         bit  not null,           /* Whether this type reflects an in-person contact at a place (1) or via a contact method like email/phone/etc (0) --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);
insert into e_contact_history_type (e_contact_history_type,e_short_name,e_description,e_user_selectable,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 1 as e_contact_history_type, 'Phone' as e_short_name, 'Phone Call' as e_description, 1 as e_user_selectable, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into e_contact_history_type (e_contact_history_type,e_short_name,e_description,e_user_selectable,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 2 as e_contact_history_type, 'Email' as e_short_name, 'Email Message' as e_description, 1 as e_user_selectable, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into e_contact_history_type (e_contact_history_type,e_short_name,e_description,e_user_selectable,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 3 as e_contact_history_type, 'Conversation' as e_short_name, 'In-Person Conversation' as e_description, 1 as e_user_selectable, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into e_contact_history_type (e_contact_history_type,e_short_name,e_description,e_user_selectable,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 4 as e_contact_history_type, 'Note' as e_short_name, 'Note' as e_description, 1 as e_user_selectable, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into e_contact_history_type (e_contact_history_type,e_short_name,e_description,e_user_selectable,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 5 as e_contact_history_type, 'Pray' as e_short_name, 'Prayer/Praise Item' as e_description, 1 as e_user_selectable, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into e_contact_history_type (e_contact_history_type,e_short_name,e_description,e_user_selectable,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 6 as e_contact_history_type, 'SignUp' as e_short_name, 'Sign Up List' as e_description, 1 as e_user_selectable, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into e_contact_history_type (e_contact_history_type,e_short_name,e_description,e_user_selectable,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 7 as e_contact_history_type, 'Update' as e_short_name, 'Update' as e_description, 1 as e_user_selectable, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;


/* e_contact_history */

create table e_contact_history (
        e_contact_history_id                  integer  not null,       /* The unique ID of this contact history item --  */
        p_partner_key                         char(10)  not null,      /* The partner key of the person that the organization contacted --  */
        e_contact_history_type                integer  not null,       /* The unique ID of this contact history type --  */
        p_contact_id                          integer  null,           /* The p_contact_info ID that was used for this contact (such as a phone number, email address, etc.) --  */
        p_location_partner_key                char(10)  null,          /* The partner key of the location where the contact took place (may be the same as the p_partner_key in some cases) --  */
        p_location_id                         integer  null,           /* The p_location ID where the contact physically took place (for in-person contacts) --  */
        p_location_revision_id                integer  null,           /* The p_location revision ID where the contact physically took place (for in-person contacts) --  */
        e_whom                                char(10)  null,          /* The collaborator/user who made the contact; NULL if no particular user was involved --  */
        e_initiation                          char(1)  null,           /* Set to 'P' if the engaging partner initiated the contact, or 'C' if the collaborator (organization) initiated the contact --  */
        e_subject                             varchar(255)  null,      /* A short description of the contact that took place --  */
        e_contact_date                        datetime  not null,      /* The date and time that the contact took place --  */
        e_notes                               varchar(900)  null,      /* Notes regarding this contact --  */
        e_message_id                          varchar(255)  null,      /* Message-ID header field of email message, or similar unique ID for other communications --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* e_activity */

create table e_activity (
        e_activity_group_id                   integer  not null,       /* A unique ID identifying the group of contact activity items that are being aggregated. --  */
        e_activity_id                         integer  not null,       /* A unique ID identifying a single activity item within a group of items. --  */
        p_partner_key                         char(10)  not null,      /* The partner involved in the activity --  */
        e_whom                                char(10)  null,          /* The collaborator (with the organization) that was involved in the communication, if any. --  */
        e_initiation                          char(1)  null,           /* Set to 'P' if the engaging partner initiated the activity, or 'C' if the collaborator (organization) initiated the activity. --  */
        e_sort_key                            varchar(20)  null,       /* A value we can use to sort this activity data, if needed --  */
        e_activity_date                       datetime  not null,      /* The date that the activity took place --  */
        e_activity_type                       char(4)  not null,       /* The type of activity. --  */
        e_reference_info                      varchar(900)  null,      /* Information we can use to track back to the source data of the activity (such as a history ID, a gift ledger+batch+giftid, or such). --  */
        e_info                                varchar(900)  null,      /* Informational notes regarding this activity --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* e_engagement_track */

create table e_engagement_track (
        e_track_id                            integer  not null,       /* A unique ID identifying the engagement track --  */
        e_track_name                          varchar(24)  not null,   /* A short name for the engagement track --  */
        e_track_description                   varchar(255)  not null,  /* A description for the engagement track --  */
        e_track_color                         varchar(32)  null,       /* Color to be used in presenting this track visually - RGB (i.e. '#f0f0f0') or named (i.e., 'green') --  */
        e_track_status                        char(1)  not null,       /* Status of this engagement track: (A)ctive or (O)bsolete --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* e_engagement_track_collab */

create table e_engagement_track_collab (
        e_track_id                            integer  not null,       /* A unique ID identifying the engagement track --  */
        p_collab_partner_key                  char(10)  not null,      /* Partner key of the collaborator. If a Kardia user, the username must be tied to the partner key in the p_staff table. --  */
        e_collab_type_id                      integer  not null,       /* Type of collaborator --  */
        e_comments                            varchar(255)  null,      /* Comments about this collaborator's involvement in this track. --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* e_engagement_step */

create table e_engagement_step (
        e_track_id                            integer  not null,       /* A unique ID identifying the engagement track --  */
        e_step_id                             integer  not null,       /* A unique ID identifying the engagement step --  */
        e_step_name                           varchar(32)  not null,   /* A short name for the engagement step --  */
        e_step_description                    varchar(255)  not null,  /* A description for the engagement step --  */
        e_step_sequence                       integer  not null,       /* What order the engagement steps come in. --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* e_engagement_step_collab */

create table e_engagement_step_collab (
        e_track_id                            integer  not null,       /* A unique ID identifying the engagement track --  */
        e_step_id                             integer  not null,       /* A unique ID identifying the engagement step --  */
        p_collab_partner_key                  char(10)  not null,      /* Partner key of the collaborator. If a Kardia user, the username must be tied to the partner key in the p_staff table. --  */
        e_collab_type_id                      integer  not null,       /* Type of collaborator --  */
        e_comments                            varchar(255)  null,      /* Comments about this collaborator's involvement in this step. --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* e_engagement_step_req */

create table e_engagement_step_req (
        e_track_id                            integer  not null,       /* A unique ID identifying the engagement track --  */
        e_step_id                             integer  not null,       /* A unique ID identifying the engagement step --  */
        e_req_id                              integer  not null,       /* The unique ID identifying the template requirement item. --  */
        e_req_name                            varchar(255)  not null,  /* A description for the engagement step requirement --  */
        e_due_days_from_step                  integer  null,           /* If applicable, how many days to set the due date at after the partner starts this step --  */
        e_due_days_from_req                   integer  null,           /* If applicable, how many days to set the due date at after the partner completes another requirement --  */
        e_due_days_from_req_id                integer  null,           /* If applicable, the requirement ID whose completion triggers the due date interval for this requirement --  */
        e_req_whom                            char(1)  not null,       /* Who this requirement is fulfilled by: (P)artner, (O)rganization, or (E)ither. --  */
        e_req_doc_type_id                     integer  null,           /* Does a document fulfill this step? If so, the corresponding document type ID is stored here. --  */
        e_req_waivable                        bit  not null,           /* Can this requirement be waived? 0 if not, or 1 if so --  */
        e_req_sequence                        integer  not null,       /* The order in which the requirements appear --  */
        e_is_active                           bit  not null,           /* Whether this requirement is active/visible or not. --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* e_partner_engagement */

create table e_partner_engagement (
        p_partner_key                         char(10)  not null,      /* The partner ID that is doing the engaging --  */
        e_engagement_id                       integer  not null,       /* A unique ID for this partner's current engagement --  */
        e_hist_id                             integer  not null,       /* An incrementing ID for showing the history of this engagement. --  */
        e_track_id                            integer  not null,       /* The engagement track --  */
        e_step_id                             integer  not null,       /* The current engagement step --  */
        e_is_archived                         bit  not null,           /* Set to 0 if the engagement in this track is currently active, or 1 if it is archived/historical --  */
        e_completion_status                   char(1)  not null,       /* Status of the step: (I)ncomplete, (C)omplete, (E)xited without completing the step --  */
        e_desc                                varchar(40)  not null,   /* User-entered short description on this engagement track/step for this partner --  */
        e_comments                            varchar(900)  null,      /* User-entered comments on this engagement track/step for this partner --  */
        e_start_date                          datetime  not null,      /* The date the user entered this engagement track and/or step --  */
        e_started_by                          char(10)  not null,      /* Collaborator partner ID that caused the track/step to begin --  */
        e_completion_date                     datetime  null,          /* The date the user completed this engagement step --  */
        e_completed_by                        char(10)  null,          /* Collaborator partner ID that caused the track/step to become complete --  */
        e_exited_date                         datetime  null,          /* The date the user exited this engagement step (whether completed or not) --  */
        e_exited_by                           char(10)  null,          /* Collaborator partner ID that caused the track/step to exit --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* e_partner_engagement_req */

create table e_partner_engagement_req (
        p_partner_key                         char(10)  not null,      /* The partner ID that is doing the engaging --  */
        e_engagement_id                       integer  not null,       /* A unique ID for this partner's current engagement --  */
        e_hist_id                             integer  not null,       /* An incrementing ID for showing the history of this engagement. --  */
        e_req_item_id                         integer  not null,       /* An incrementing ID for this actual requirement item --  */
        e_track_id                            integer  not null,       /* The engagement track id -- if copied from template --  */
        e_step_id                             integer  not null,       /* The engagement track step id -- if copied from template --  */
        e_req_id                              integer  null,           /* The engagement track requirement id -- if copied from template --  */
        e_req_completion_status               char(1)  not null,       /* Status of the requirement: (I)ncomplete, (C)omplete, (W)aived --  */
        e_req_name                            varchar(255)  not null,  /* A description for the engagement step requirement --  */
        e_due_days_from_step                  integer  null,           /* If applicable, how many days to set the due date at after the partner starts this step --  */
        e_due_days_from_req                   integer  null,           /* If applicable, how many days to set the due date at after the partner completes another requirement --  */
        e_due_days_from_req_id                integer  null,           /* If applicable, the requirement ID whose completion triggers the due date interval for this requirement --  */
        e_req_whom                            char(1)  not null,       /* Who this requirement is fulfilled by: (P)artner, (O)rganization, or (E)ither. --  */
        e_req_doc_type_id                     integer  null,           /* Does a document fulfill this step? If so, the corresponding document type ID is stored here. --  */
        e_req_waivable                        bit  not null,           /* Can this requirement be waived? 0 if not, or 1 if so --  */
        e_req_doc_id                          integer  null,           /* Document ID used to fulfill this requirement --  */
        e_completion_date                     datetime  null,          /* The date the user completed this engagement step --  */
        e_completed_by                        char(10)  null,          /* Collaborator partner ID that caused the track/step to become complete --  */
        e_waived_date                         datetime  null,          /* The date the user exited this engagement step (whether completed or not) --  */
        e_waived_by                           char(10)  null,          /* Collaborator partner ID that caused the track/step to exit --  */
        e_req_sequence                        integer  not null,       /* The order in which the requirements appear --  */
        e_is_active                           bit  not null,           /* Whether this requirement is active/visible or not. --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* e_tag_type */

create table e_tag_type (
        e_tag_id                              integer  not null,       /* ID of the tag --  */
        e_tag_label                           varchar(40)  not null,   /* Short label for this tag. --  */
        e_tag_desc                            varchar(255)  not null,  /* A full description of the tag. --  */
        e_is_active                           bit  not null,           /* 1 if active, or 0 if not active. An inactive tag may still be present in the tag graph, but will not be available to the user to select. --  */
        e_tag_threshold                       float  not null,         /* A value between 0.0 and 1.0 that indicates how strong a tag must be in order for it to actually be created in the tag graph for a partner. --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* e_tag_type_relationship */

create table e_tag_type_relationship (
        e_tag_id                              integer  not null,       /* ID of the tag --  */
        e_rel_tag_id                          integer  not null,       /* ID of the related tag --  */
        e_rel_strength                        float  not null,         /* The strength of the relationship (0.0 to 1.0) --  */
        e_rel_certainty                       float  not null,         /* The certainty of the relationship (0.0 to 1.0) --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* e_tag */

create table e_tag (
        e_tag_id                              integer  not null,       /* ID of the tag --  */
        p_partner_key                         char(10)  not null,      /* ID of the partner that has been thusly tagged --  */
        e_tag_strength                        float  not null,         /* The strength of the tag (-1.0 to 1.0) - negative values mean disinterest, etc. --  */
        e_tag_certainty                       float  not null,         /* The certainty of the tag (0.0 to 1.0) --  */
        e_tag_volatility                      char(1)  not null,       /* The volatility of the tag: (P)ersistent - created by a user, (D)erived from other data, or merely (I)mplied from other tags. --  */
        e_tag_origin                          varchar(8)  null,        /* If the tag was derived from other data, this is the type of the source of that data. Values for this are not yet defined. --  */
        e_tag_comments                        varchar(255)  null,      /* Comments about this tag --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* e_tag_activity */

create table e_tag_activity (
        e_tag_activity_group                  integer  not null,       /* The group used for tag activity aggregation. --  */
        e_tag_activity_id                     integer  not null,       /* ID of the activity item --  */
        e_tag_id                              integer  not null,       /* ID of the tag --  */
        p_partner_key                         char(10)  not null,      /* ID of the partner --  */
        e_tag_strength                        float  not null,         /* The strength of the tag (-1.0 to 1.0) - negative values mean disinterest, etc. --  */
        e_tag_certainty                       float  not null,         /* The certainty of the tag (0.0 to 1.0) --  */
        e_tag_volatility                      char(1)  not null,       /* The volatility of the tag: (P)ersistent - created by a user, (D)erived from other data, or merely (I)mplied from other tags. --  */
        e_tag_origin                          varchar(8)  null,        /* If the tag was derived from other data, this is the type of the source of that data. Values for this are not yet defined. --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* e_tag_source */

create table e_tag_source (
        e_tag_id                              integer  not null,       /* ID of the tag being derived --  */
        e_tag_source_type                     varchar(32)  not null,   /* Source type (GIFT, MLIST, etc.) --  */
        e_tag_source_key                      varchar(255)  not null,  /* They identity for the specific source record (for example, a ledger/fund/acct combination for gift tags) --  */
        e_is_active                           bit  not null,           /* 1 if active, or 0 if this derivation is not active. --  */
        e_tag_strength                        float  not null,         /* A value between -1.0 and 1.0 that indicates the strength of the derivation (negative values work against the tag) --  */
        e_tag_certainty                       float  not null,         /* A value between 0.0 and 1.0 that indicates the certainty of the derivation. --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* e_document_type */

create table e_document_type (
        e_doc_type_id                         integer  not null,       /* The ID of the document type --  */
        e_parent_doc_type_id                  integer  null,           /* The parent (more general) document type, for hierarchical organization of document types --  */
        e_doc_type_label                      varchar(40)  not null,   /* A short label for the document type --  */
        e_doc_type_desc                       varchar(255)  null,      /* A long description of the document type --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);
insert into e_document_type (e_doc_type_id,e_doc_type_label,e_doc_type_desc,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 1 as e_doc_type_id, 'Profile Photo' as e_doc_type_label, 'Profile Photograph' as e_doc_type_desc, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into e_document_type (e_doc_type_id,e_doc_type_label,e_doc_type_desc,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 2 as e_doc_type_id, 'Prayer Letter' as e_doc_type_label, 'Prayer Letter' as e_doc_type_desc, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into e_document_type (e_doc_type_id,e_doc_type_label,e_doc_type_desc,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 3 as e_doc_type_id, 'Application' as e_doc_type_label, 'Application' as e_doc_type_desc, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into e_document_type (e_doc_type_id,e_doc_type_label,e_doc_type_desc,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 4 as e_doc_type_id, 'Resume' as e_doc_type_label, 'Resume' as e_doc_type_desc, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into e_document_type (e_doc_type_id,e_doc_type_label,e_doc_type_desc,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 5 as e_doc_type_id, 'Document' as e_doc_type_label, 'Document' as e_doc_type_desc, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into e_document_type (e_doc_type_id,e_doc_type_label,e_doc_type_desc,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 6 as e_doc_type_id, 'Image' as e_doc_type_label, 'Image' as e_doc_type_desc, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;


/* e_document */

create table e_document (
        e_document_id                         integer  not null,       /* The ID of the document. --  */
        e_doc_type_id                         integer  not null,       /* The ID of the document type --  */
        e_title                               varchar(80)  not null,   /* The title of this document. --  */
        e_orig_filename                       varchar(255)  not null,  /* The original filename of the document when it was uploaded --  */
        e_current_folder                      varchar(255)  not null,  /* The pathname of the folder the document is currently stored in. --  */
        e_current_filename                    varchar(255)  not null,  /* The current filename of the document, as stored. --  */
        e_uploading_collaborator              char(10)  not null,      /* The collaborator or collaborator group that uploaded the document --  */
        e_workflow_instance_id                integer  null,           /* The workflow instance of this document, if any. This is used for workflow state chains triggered by the document upload itself rather than by the association of the document with a particular partner. --  */
        e_image_width                         integer  null,           /* The width, in pixels, of the image (if this file is am image) --  */
        e_image_height                        integer  null,           /* The height, in pixels, of the image (if this file is am image) --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* e_document_comment */

create table e_document_comment (
        e_document_id                         integer  not null,       /* The ID of the document. --  */
        e_doc_comment_id                      integer  not null,       /* The ID of the comment --  */
        e_comments                            varchar(999)  not null,  /* Comments made about the document --  */
        e_collaborator                        char(10)  not null,      /* The collaborator making the comments --  */
        e_workflow_state_id                   integer  null,           /* The workflow state, if any, of the document at the time the comments were made. --  */
        e_target_collaborator                 char(10)  null,          /* A target collaborator (or collaborator group) for the comments. If set, it will create a to-do item for that collaborator. --  */
        e_target_review_period                integer  null,           /* The number of days the collaborator has to review the comments and acknowledge them (this sets a due date for the to-do item mentioned above). --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* e_partner_document */

create table e_partner_document (
        e_document_id                         integer  not null,       /* The ID of the document. --  */
        p_partner_key                         char(10)  not null,      /* The partner that is associated with the document --  */
        e_pardoc_assoc_id                     integer  not null,       /* A unique ID identifying the association of a document with a partner --  */
        e_engagement_id                       integer  null,           /* The current engagement ID (track instance) associated with this document --  */
        e_workflow_instance_id                integer  null,           /* The current workflow instance associated with this document, if any --  */
        e_image_offset_x                      integer  null,           /* The offset to the point in the image where we want to display --  */
        e_image_offset_y                      integer  null,           /* The offset to the point in the image where we want to display --  */
        e_image_scale_height                  integer  null,           /* The scaling height of the image (scale width is set automatically) --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* e_workflow_type */

create table e_workflow_type (
        e_workflow_id                         integer  not null,       /* The ID of the workflow --  */
        e_workflow_label                      varchar(40)  not null,   /* A short label for the workflow --  */
        e_workflow_desc                       varchar(255)  null,      /* A long description of the workflow --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* e_workflow_type_step */

create table e_workflow_type_step (
        e_workflow_step_id                    integer  not null,       /* A particular workflow step --  */
        e_workflow_id                         integer  not null,       /* A particular workflow --  */
        e_workflow_step_label                 varchar(40)  not null,   /* A short label for the workflow step --  */
        e_workflow_step_desc                  varchar(255)  null,      /* A long description of the workflow step --  */
        e_workflow_step_trigger               integer  null,           /* What triggers this workflow state. See the trigger type, below, for the context for this number (e.g. workflow step id or document id) --  */
        e_workflow_step_trigger_type          varchar(4)  null,        /* The type of trigger for this workflow state: STEP for being triggered by another step, DOC for being triggered by the upload of a document type, DOCP for triggering when a document is associated with a partner. Other types will be added in the future. --  */
        e_collaborator                        char(10)  not null,      /* The collaborator or collaborator group that is responsible for handling this workflow step. --  */
        e_workflow_step_days                  integer  null,           /* The number of days the collaborator or collab group has to handle a document in this workflow step. --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* e_workflow */

create table e_workflow (
        e_workflow_instance_id                integer  not null,       /* A particular workflow in progress --  */
        e_workflow_id                         integer  not null,       /* The workflow that is in progress --  */
        e_workflow_start                      datetime  not null,      /* The starting date of the entire workflow --  */
        e_workflow_trigger_id                 integer  null,           /* The ID of the object triggering the entire workflow to start --  */
        e_workflow_trigger_type               varchar(4)  null,        /* The type of the trigger for the workflow, such as DOC or DOCP --  */
        e_workflow_step_id                    integer  not null,       /* The current step in the workflow that we are at --  */
        e_workflow_step_start                 datetime  not null,      /* The starting date of the current workflow step --  */
        e_workflow_step_trigger_id            integer  null,           /* The ID of the workflow step that triggered this step to begin --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* e_collaborator_type */

create table e_collaborator_type (
        e_collab_type_id                      integer  not null,       /* The collaboration type ID --  */
        e_collab_type_label                   varchar(40)  not null,   /* A short collaboration type label --  */
        e_collab_type_desc                    varchar(255)  null,      /* A description of this collaboration type --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);
insert into e_collaborator_type (e_collab_type_id,e_collab_type_label,e_collab_type_desc,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 1 as e_collab_type_id, 'Mobilizer' as e_collab_type_label, 'Mobilizer' as e_collab_type_desc, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;


/* e_collaborator */

create table e_collaborator (
        e_collaborator                        char(10)  not null,      /* The ID (partner key) of the collaborator --  */
        p_partner_key                         char(10)  not null,      /* The id (partner key) of the partner who is engaging --  */
        e_collab_type_id                      integer  not null,       /* The collaboration type ID --  */
        e_silence_interval                    integer  null,           /* The number of days without communication FROM a partner before a task item is generated for re-contacting the partner. Communication here can include all non-note contact history types, as well as financial gifts received. --  */
        e_recontact_interval                  integer  null,           /* Assuming the e_silence_interval, above, is met, this is the number of days since OUR last communication TO the partner before another task item is generated to re-contact the partner --  */
        e_collaborator_status                 char(1)  not null,       /* Collaborator status: (P) Priority, (A) Active, (I) Inactive ("back burner"). --  */
        e_is_automatic                        bit  not null,           /* Set to 1 if this was added automatically by a track or step. --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* e_todo_type */

create table e_todo_type (
        e_todo_type_id                        integer  not null,       /* The todo type ID --  */
        e_todo_type_label                     varchar(40)  not null,   /* A short todo type label --  */
        e_todo_type_desc                      varchar(255)  null,      /* A description of this todo type --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);
insert into e_todo_type (e_todo_type_id,e_todo_type_label,e_todo_type_desc,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 1 as e_todo_type_id, 'Follow-up' as e_todo_type_label, 'Follow-up' as e_todo_type_desc, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;


/* e_todo */

create table e_todo (
        e_todo_id                             integer  not null,       /* The todo ID --  */
        e_todo_type_id                        integer  not null,       /* The todo type ID --  */
        e_todo_desc                           varchar(255)  not null,  /* The description of this todo --  */
        e_todo_comments                       varchar(900)  null,      /* Misc comments about this todo item --  */
        e_todo_status                         char(1)  not null,       /* To-do item status: (I)ncomplete, (C)omplete, or (X) for canceled. --  */
        e_todo_completion_date                datetime  null,          /* Completion date for a To-do that has been completed. --  */
        e_todo_canceled_date                  datetime  null,          /* Cancellation date for a To-do that has been canceled. --  */
        e_todo_due_date                       datetime  null,          /* Due date for this to-do item --  */
        e_todo_collaborator                   char(10)  not null,      /* The collaborator that needs to do this todo item --  */
        e_todo_partner                        char(10)  null,          /* The engaging partner that this todo relates to --  */
        e_todo_engagement_id                  integer  null,           /* The engagement ID, if any, that this todo relates to --  */
        e_todo_document_id                    integer  null,           /* The document ID, if any, that this todo relates to --  */
        e_todo_req_item_id                    integer  null,           /* The requirement item ID, if any, that this todo relates to --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* e_data_item_type */

create table e_data_item_type (
        e_data_item_type_id                   integer  not null,       /* The data item type ID --  */
        e_parent_data_item_type_id            integer  null,           /* The parent data item type ID (hierarchy reference) --  */
        e_data_item_type_label                varchar(40)  not null,   /* A short data item type label --  */
        e_data_item_type_desc                 varchar(255)  null,      /* A description of this data item type --  */
        e_data_item_type_type                 varchar(16)  null,       /* Data type: string, integer, double, datetime, money --  */
        e_data_item_type_highlight            integer  null,           /* Set to 0 or null to not highlight this item, or 1 to highlight it on the profile page --  */
        e_data_item_type_highlight_if         varchar(64)  null,       /* If set, this is compared with the data item value and highlighted IF they match. --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* e_data_item_type_value */

create table e_data_item_type_value (
        e_data_item_type_id                   integer  not null,       /* The data item type ID --  */
        e_data_item_value_id                  integer  not null,       /* An identifier for this unique value list item --  */
        e_data_item_string_value              varchar(999)  null,      /* The value of this data item. --  */
        e_data_item_integer_value             integer  null,           /* The value of this data item. --  */
        e_data_item_datetime_value            datetime  null,          /* The value of this data item. --  */
        e_data_item_double_value              float  null,             /* The value of this data item. --  */
        e_data_item_money_value               decimal(14,4)  null,     /* The value of this data item. --  */
        e_is_default                          bit  not null,           /* Whether this value is the default value. --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* e_data_item_group */

create table e_data_item_group (
        e_data_item_group_id                  integer  not null,       /* The data item group ID --  */
        e_data_item_type_id                   integer  null,           /* The data item type hierarchy that this group relates to --  */
        e_data_item_group_name                varchar(80)  not null,   /* The name of this actual group --  */
        e_data_item_group_desc                varchar(255)  null,      /* A description of this group --  */
        p_partner_key                         char(10)  not null,      /* The engaging partner that this data item group is about --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* e_data_item */

create table e_data_item (
        e_data_item_id                        integer  not null,       /* The data item ID --  */
        e_data_item_type_id                   integer  not null,       /* The data item type ID --  */
        e_data_item_group_id                  integer  null,           /* The data item group ID --  */
        e_data_item_string_value              varchar(999)  null,      /* The value of this data item. --  */
        e_data_item_integer_value             integer  null,           /* The value of this data item. --  */
        e_data_item_datetime_value            datetime  null,          /* The value of this data item. --  */
        e_data_item_double_value              float  null,             /* The value of this data item. --  */
        e_data_item_money_value               decimal(14,4)  null,     /* The value of this data item. --  */
        e_data_item_highlight                 integer  null,           /* Set to 0 or null to not highlight this item, or 1 to highlight it on the profile page. Inherited from the data item type, but changeable for the particular data item. --  */
        p_partner_key                         char(10)  not null,      /* The engaging partner that this data item is about (denormalized from the data item group table) --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* e_highlights */

create table e_highlights (
        e_highlight_user                      varchar(20)  not null,   /* The user that is viewing highlights. --  */
        e_highlight_partner                   char(10)  not null,      /* The partner for whom highlights are being viewed. --  */
        e_highlight_id                        varchar(64)  not null,   /* A unique name to identify the specific highlight. --  */
        e_highlight_name                      varchar(64)  not null,   /* The name of the data being displayed --  */
        e_highlight_type                      varchar(20)  not null,   /* The general type of the data being displayed --  */
        e_highlight_data                      varchar(900)  not null,  /* The data to be displayed --  */
        e_highlight_reference_info            varchar(255)  null,      /* Reference info to underlying data (e.g., primary key of underlying record) --  */
        e_highlight_precedence                float  not null,         /* A value between 0.0 and infinity, providing the precedence level of this information. The results will be sorted by this value descending. --  */
        e_highlight_strength                  float  not null,         /* The strength/level of this data (mainly used for tags). 0.0 renders with a white background. (x > 0.0) with various shades of green, and (x < 0.0) with various shades of red. --  */
        e_highlight_certainty                 float  not null,         /* The certainty of this data (mainly used for tags). (0.7 <= x < 1.0) renders normally. (0.3 <= x < 0.7) renders with a question mark. (0.0 <= x < 0.3) renders with two question marks. --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* e_data_highlight */

create table e_data_highlight (
        e_highlight_subject                   varchar(40)  not null,   /* The user, group, and/or role (u:username, g:groupname, r:rolename, or ur:username:rolename), or * for a system-wide default --  */
        e_highlight_object_type               varchar(20)  not null,   /* The type of object being highlighted ("Address", "Tag", "Relationship", "Note", "ToDo", or DataItemTypeID) --  */
        e_highlight_object_id                 varchar(32)  not null,   /* The specific object ID being highlighted, or "*" to apply to all objects of this type --  */
        e_highlight_precedence                float  not null,         /* An value increasing (x > 1.0) or decreasing (0.0 < x < 1.0) the precedence of this information. --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* e_ack */

create table e_ack (
        e_ack_id                              integer  not null,       /* The unique ID of this acknowledgement --  */
        e_object_type                         varchar(32)  not null,   /* The type of object that has been acknowledged --  */
        e_object_id                           varchar(32)  not null,   /* A unique ID identifying the object acknowledged --  */
        e_ack_type                            integer  not null,       /* The type of acknowledgement (viewed, prayed, comment, like, etc.) --  */
        e_ack_comments                        varchar(900)  null,      /* Comments related to this ACK (for example, if the ack is a comment on a post) --  */
        e_whom                                char(10)  not null,      /* The collaborator who acknowledged the object --  */
        p_dn_partner_key                      char(10)  null,          /* (denormalization) the partner key of the person who created the object being acknowledged. --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* e_ack_type */

create table e_ack_type (
        e_ack_type                            integer  not null,       /* The unique ID of this ack type --  */
        e_ack_type_label                      varchar(40)  not null,   /* The short name of the acknowledgement type --  */
        e_ack_type_desc                       varchar(255)  not null,  /* The description of the acknowledgement type --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);
insert into e_ack_type (e_ack_type,e_ack_type_label,e_ack_type_desc,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 1 as e_ack_type, 'Prayed' as e_ack_type_label, 'Prayed' as e_ack_type_desc, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into e_ack_type (e_ack_type,e_ack_type_label,e_ack_type_desc,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 2 as e_ack_type, 'Reply' as e_ack_type_label, 'Reply' as e_ack_type_desc, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into e_ack_type (e_ack_type,e_ack_type_label,e_ack_type_desc,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 3 as e_ack_type, 'Comment' as e_ack_type_label, 'Comment' as e_ack_type_desc, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;
insert into e_ack_type (e_ack_type,e_ack_type_label,e_ack_type_desc,s_date_created,s_created_by,s_date_modified,s_modified_by,__cx_osml_control) select 4 as e_ack_type, 'Viewed' as e_ack_type_label, 'Viewed' as e_ack_type_desc, '2008-03-14 10:10:10' as s_date_created, 'IMPORT' as s_created_by,'2008-03-14 10:10:10' as s_date_modified, 'IMPORT' as s_modified_by, null as __cx_osml_control;


/* e_trackactivity */

create table e_trackactivity (
        p_partner_key                         char(10)  not null,      /* The partner whose track information we are displaying --  */
        e_username                            varchar(20)  not null,   /* The username of the user viewing the partner --  */
        e_sort_key                            varchar(32)  not null,   /* Controls the display order (steps by sequence, requirements by step sequence and req ID) --  */
        e_track_id                            integer  not null,       /* The ID of the track being displayed --  */
        e_step_id                             integer  not null,       /* The ID of the step being displayed --  */
        e_object_type                         char(1)  not null,       /* 'S' for step and 'R' for requirement --  */
        e_completion_status                   char(1)  not null,       /* I/C/E for steps, I/C/W for requirements --  */
        e_object_name                         varchar(32)  not null,   /* The "name" of the step or requirement being displayed (for linkage to a data editing form) --  */
        e_object_label                        varchar(64)  not null,   /* The main visual label for the step or requirement --  */
        e_object_desc                         varchar(255)  not null,  /* The brief description of the step or requirement --  */
        e_object_comm                         varchar(900)  null,      /* Any comments associated with the step or requirement --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* e_text_expansion */

create table e_text_expansion (
        e_exp_tag                             varchar(16)  not null,   /* The short tag to be expanded --  */
        e_exp_desc                            varchar(64)  not null,   /* A brief description of the tag/expansion --  */
        e_exp_expansion                       varchar(900)  not null,  /* The expansion of the short tag (i.e., a phrase or paragraph). --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* e_text_search_word */

create table e_text_search_word (
        e_word_id                             integer  not null,       /* The ID of the word --  */
        e_word                                varchar(64)  not null,   /* The word --  */
        e_salt                                varchar(64)  null,       /* If set, indicates that the word is encrypted and this is the salt used. --  */
        e_word_relevance                      float  not null,         /* An overall relevance factor (0.0 to 1.0) for the word. --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* e_text_search_rel */

create table e_text_search_rel (
        e_word_id                             integer  not null,       /* The ID of the word --  */
        e_target_word_id                      integer  not null,       /* The word --  */
        e_rel_relevance                       float  not null,         /* A relevance factor for the relationship --  */
        s_date_created                        datetime  not null,      /*  --  */
        s_created_by                          varchar(20)  not null,   /*  --  */
        s_date_modified                       datetime  not null,      /*  --  */
        s_modified_by                         varchar(20)  not null,   /*  --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);


/* e_text_search_occur */

create table e_text_search_occur (
        e_word_id                             integer  not null,       /* The ID of the word --  */
        e_document_id                         integer  not null,       /* The word --  */
        e_sequence                            integer  not null,       /* The sequence in which the word occurs in the document --  */
        e_eol                                 bit  not null,           /* 1 = word was followed by a line break or other break in the original document --  */
        __cx_osml_control                     varchar(255)  null       /*  --  */

);
