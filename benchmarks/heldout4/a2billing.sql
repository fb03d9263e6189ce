-- source: Star2Billing/a2billing DataBase/mysql-5.x/a2billing-mysql-schema-MYSQL.5.X-v1.3.0.sql @ 1c3ae5a7999730838574ccc0cc2d1f894f79d1b6
--
-- A2Billing database script - Create user & create database for MYSQL 5.X
--

-- Usage:
-- mysql -u root -p"root password" < a2billing-mysql-schema-MYSQL.5.X-v1.2.0.sql 


--
-- A2Billing database - Create database schema
--
 



CREATE TABLE cc_didgroup (
    id 								BIGINT NOT NULL AUTO_INCREMENT,
    iduser 							INT DEFAULT 0 NOT NULL,
    didgroupname 					CHAR(50) NOT NULL,    
    creationdate   					TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id)
)ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE utf8_bin;


CREATE TABLE cc_did_use (
    id 								BIGINT NOT NULL AUTO_INCREMENT,
    id_cc_card 						BIGINT ,
    id_did 							BIGINT NOT NULL,
    reservationdate 				TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    releasedate 					TIMESTAMP,
    activated 						INT	DEFAULT 0,
    month_payed 					INT DEFAULT 0,
    PRIMARY KEY (id)
)ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE cc_did (
    id 								BIGINT NOT NULL AUTO_INCREMENT,	
    id_cc_didgroup 					BIGINT NOT NULL,
    id_cc_country 					INT NOT NULL,    
    activated 						INT DEFAULT '1' NOT NULL,
    reserved 						INT DEFAULT '0',
    iduser 						BIGINT DEFAULT '0' NOT NULL,
    did 							CHAR(50) NOT NULL,
    creationdate  					TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    startingdate  					TIMESTAMP,
    expirationdate 					TIMESTAMP,
    description 					MEDIUMTEXT,
    secondusedreal 					INT DEFAULT 0,
    billingtype 					INT DEFAULT 0,
    fixrate 						FLOAT DEFAULT 0 NOT NULL,
    PRIMARY KEY (id),
    UNIQUE cons_cc_did_did (did)
)ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE utf8_bin;


-- billtype: 0 = fix per month + dialoutrate, 1= fix per month, 2 = dialoutrate, 3 = free



CREATE TABLE cc_did_destination (
    id 									BIGINT NOT NULL AUTO_INCREMENT,	
    destination 						CHAR(50) NOT NULL,
    priority 							INT DEFAULT 0 NOT NULL,
    id_cc_card 							BIGINT NOT NULL,
    id_cc_did 							BIGINT NOT NULL,	
    creationdate  						TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    activated 							INT DEFAULT 1 NOT NULL,
    secondusedreal 						INT DEFAULT 0,	
    voip_call 							INT DEFAULT 0,
    PRIMARY KEY (id)
)ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE utf8_bin;




CREATE TABLE cc_charge (
    id 									BIGINT NOT NULL AUTO_INCREMENT,
    id_cc_card 							BIGINT NOT NULL,
    iduser 								INT DEFAULT '0' NOT NULL,
    creationdate 						TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    amount 								FLOAT DEFAULT 0 NOT NULL,
	currency 							CHAR(3) DEFAULT 'USD',
    chargetype 							INT DEFAULT 0,    
    description 						MEDIUMTEXT,
    id_cc_did 							BIGINT DEFAULT 0,
	id_cc_subscription_fee				BIGINT DEFAULT 0,
    PRIMARY KEY (id)
)ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE INDEX ind_cc_charge_id_cc_card				ON cc_charge (id_cc_card);
CREATE INDEX ind_cc_charge_id_cc_subscription_fee 	ON cc_charge (id_cc_subscription_fee);
CREATE INDEX ind_cc_charge_creationdate 			ON cc_charge (creationdate);



CREATE TABLE cc_paypal (
    id 								INT (11) NOT NULL AUTO_INCREMENT,
    payer_id 						VARCHAR(50) DEFAULT NULL,
    payment_date 					VARCHAR(30) DEFAULT NULL,
    txn_id 							VARCHAR(30) DEFAULT NULL,
    first_name 						VARCHAR(40) DEFAULT NULL,
    last_name 						VARCHAR(40) DEFAULT NULL,
    payer_email 					VARCHAR(55) DEFAULT NULL,
    payer_status 					VARCHAR(30) DEFAULT NULL,
    payment_type 					VARCHAR(30) DEFAULT NULL,
    memo 							TINYTEXT,
    item_name 						VARCHAR(70) DEFAULT NULL,
    item_number 					VARCHAR(70) DEFAULT NULL,
    quantity 						INT (11) NOT NULL DEFAULT '0',
    mc_gross 						DECIMAL(9,2) DEFAULT NULL,
    mc_fee 							DECIMAL(9,2) DEFAULT NULL,
    tax 							DECIMAL(9,2) DEFAULT NULL,
    mc_currency 					CHAR(3) DEFAULT NULL,
    address_name 					VARCHAR(50) NOT NULL DEFAULT '',
    address_street 					VARCHAR(80) NOT NULL DEFAULT '',
    address_city 					VARCHAR(40) NOT NULL DEFAULT '',
    address_state 					VARCHAR(40) NOT NULL DEFAULT '',
    address_zip 					VARCHAR(20) NOT NULL DEFAULT '',
    address_country 				VARCHAR(30) NOT NULL DEFAULT '',
    address_status 					VARCHAR(30) NOT NULL DEFAULT '',
    payer_business_name 			VARCHAR(40) NOT NULL DEFAULT '',
    payment_status					VARCHAR(30) NOT NULL DEFAULT '',
    pending_reason 					VARCHAR(50) NOT NULL DEFAULT '',
    reason_code 					VARCHAR(30) NOT NULL DEFAULT '',
    txn_type 						VARCHAR(30) NOT NULL DEFAULT '',
    PRIMARY KEY  (id),
    UNIQUE KEY txn_id (txn_id),
    KEY txn_id_2 (txn_id)
)ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE utf8_bin;



CREATE TABLE cc_voucher (
    id 										BIGINT NOT NULL AUTO_INCREMENT,   
    creationdate 							TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    usedate 								TIMESTAMP,
    expirationdate 							TIMESTAMP,
    voucher 								CHAR(50) NOT NULL,
    usedcardnumber 							CHAR(50),
    tag 									CHAR(50),
    credit 									FLOAT DEFAULT 0 NOT NULL,
    activated 								CHAR(1) DEFAULT 'f' NOT NULL,
    used 									INT DEFAULT 0,    
    currency 								CHAR(3) DEFAULT 'USD',
    PRIMARY KEY (id),
    UNIQUE cons_cc_voucher_voucher (voucher)
)ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE utf8_bin;



CREATE TABLE cc_service (
    id 										BIGINT NOT NULL AUTO_INCREMENT,	
    name 									CHAR(100) NOT NULL, 
    amount 									FLOAT NOT NULL,	
    period 									INT NOT NULL DEFAULT '1',	
    rule 									INT NOT NULL DEFAULT '0',
    daynumber 								INT NOT NULL DEFAULT '0',
    stopmode 								INT NOT NULL DEFAULT '0',
    maxnumbercycle 							INT NOT NULL DEFAULT '0',	
    status 									INT NOT NULL DEFAULT '0',	
    numberofrun 							INT NOT NULL DEFAULT '0',	
    datecreate 								TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
    datelastrun 							TIMESTAMP,
    emailreport 							CHAR(100) NOT NULL,
    totalcredit 							FLOAT NOT NULL DEFAULT '0',
    totalcardperform 						INT NOT NULL DEFAULT '0',
    PRIMARY KEY (id)
)ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE utf8_bin;
	


CREATE TABLE cc_service_report (
    id 										BIGINT NOT NULL AUTO_INCREMENT,
    cc_service_id 							BIGINT NOT NULL,
    daterun 								TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
    totalcardperform 						INT ,
    totalcredit 							FLOAT ,
    PRIMARY KEY (id)
)ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE utf8_bin;



CREATE TABLE cc_callerid (
    id 										BIGINT NOT NULL AUTO_INCREMENT,
    cid 									CHAR(100) NULL,
    id_cc_card 								BIGINT NOT NULL,
    activated 								CHAR(1) DEFAULT 't' NOT NULL,
    PRIMARY KEY (id),
    UNIQUE cons_cc_callerid_cid (cid)
)ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE utf8_bin;


CREATE TABLE cc_ui_authen (
    userid 									BIGINT NOT NULL AUTO_INCREMENT,
    login 									CHAR(50) NOT NULL,
    password 								CHAR(50) NOT NULL,
    groupid 								INT ,
    perms 									INT ,
    confaddcust 							INT ,
    name 									CHAR(50),
    direction 								CHAR(80),
    zipcode 								CHAR(20),
    state 									CHAR(20),
    phone 									CHAR(30),
    fax 									CHAR(30),
    datecreation 							TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (userid),
    UNIQUE cons_cc_ui_authen_login (login)
)ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE utf8_bin;



CREATE TABLE cc_call (
    id 									bigINT (20) NOT NULL AUTO_INCREMENT,
    sessionid 							char(40) NOT NULL,
    uniqueid 							char(30) NOT NULL,
    username 							char(40) NOT NULL,
    nasipaddress 						char(30) DEFAULT NULL,
    starttime 							timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    stoptime 							timestamp NOT NULL DEFAULT '0000-00-00 00:00:00',
    sessiontime 						INT (11) DEFAULT NULL,
    calledstation 						char(30) DEFAULT NULL,
    startdelay 							INT (11) DEFAULT NULL,
    stopdelay 							INT (11) DEFAULT NULL,
    terminatecause 						char(20) DEFAULT NULL,
    usertariff 							char(20) DEFAULT NULL,
    calledprovider 						char(20) DEFAULT NULL,
    calledcountry 						char(30) DEFAULT NULL,
    calledsub 							char(20) DEFAULT NULL,
    calledrate 							FLOAT DEFAULT NULL,
    sessionbill 						FLOAT DEFAULT NULL,
    destination 						char(40) DEFAULT NULL,
    id_tariffgroup 						INT (11) DEFAULT NULL,
    id_tariffplan 						INT (11) DEFAULT NULL,
    id_ratecard 						INT (11) DEFAULT NULL,
    id_trunk 							INT (11) DEFAULT NULL,
    sipiax 								INT (11) DEFAULT '0',
    src 								char(40) DEFAULT NULL,
    id_did 								INT (11) DEFAULT NULL,
    buyrate 							DECIMAL(15,5) DEFAULT 0,
    buycost 							DECIMAL(15,5) DEFAULT 0,
	id_card_package_offer 				INT (11) DEFAULT 0,
    PRIMARY KEY  (id)
)ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE utf8_bin;


CREATE TABLE cc_templatemail (
    mailtype 						CHAR(50),
    fromemail 						CHAR(70),
    fromname 						CHAR(70),
    subject 						CHAR(70),
    messagetext 					LONGTEXT,
    messagehtml 					LONGTEXT,
    UNIQUE cons_cc_templatemail_mailtype (mailtype)
)ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE utf8_bin;




CREATE TABLE cc_tariffgroup (
    id 								INT NOT NULL AUTO_INCREMENT,
    iduser 							INT DEFAULT 0 NOT NULL,
    idtariffplan 					INT DEFAULT 0 NOT NULL,
    tariffgroupname 				CHAR(50) NOT NULL,
    lcrtype 						INT DEFAULT 0 NOT NULL,
    creationdate  					TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
    removeinterprefix 				INT DEFAULT 0 NOT NULL,
	id_cc_package_offer 			BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
)ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE utf8_bin;


CREATE TABLE cc_tariffgroup_plan (
    idtariffgroup 					INT NOT NULL,
    idtariffplan 					INT NOT NULL,
    PRIMARY KEY (idtariffgroup, idtariffplan)
)ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE utf8_bin;


CREATE TABLE cc_tariffplan (
    id 								INT NOT NULL AUTO_INCREMENT,
    iduser 							INT DEFAULT 0 NOT NULL,
    tariffname 						CHAR(50) NOT NULL,
    creationdate 					TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
    startingdate 					TIMESTAMP,
    expirationdate 					TIMESTAMP,
    description 					MEDIUMTEXT,
    id_trunk 						INT DEFAULT 0,
    secondusedreal 					INT DEFAULT 0,
    secondusedcarrier 				INT DEFAULT 0,
    secondusedratecard 				INT DEFAULT 0,
    reftariffplan 					INT DEFAULT 0,
    idowner 						INT DEFAULT 0,
    dnidprefix 						CHAR(30) NOT NULL DEFAULT 'all',
	calleridprefix 					CHAR(30) NOT NULL DEFAULT 'all',
    PRIMARY KEY (id),
    UNIQUE cons_cc_tariffplan_iduser_tariffname (iduser,tariffname)
)ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE utf8_bin;


CREATE TABLE cc_card (
    id 								BIGINT NOT NULL AUTO_INCREMENT,
    creationdate 					TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
    firstusedate 					TIMESTAMP,
    expirationdate 					TIMESTAMP,
    enableexpire 					INT DEFAULT 0,
    expiredays 						INT DEFAULT 0,
    username 						CHAR(50) NOT NULL,
    useralias 						CHAR(50) NOT NULL,
    userpass 						CHAR(50) NOT NULL,
    uipass 							CHAR(50),
    credit 							DECIMAL(15,5) DEFAULT 0 NOT NULL,
    tariff 							INT DEFAULT 0,
    id_didgroup 					INT DEFAULT 0,
    activated 						CHAR(1) DEFAULT 'f' NOT NULL,
    lastname 						CHAR(50),
    firstname 						CHAR(50),
    address 						CHAR(100),
    city 							CHAR(40),
    state 							CHAR(40),
    country 						CHAR(40),
    zipcode 						CHAR(20),
    phone 							CHAR(20),
    email 							CHAR(70),
    fax 							CHAR(20),
    inuse 							INT DEFAULT 0,
    simultaccess 					INT DEFAULT 0,
    currency 						CHAR(3) DEFAULT 'USD',
    lastuse  						TIMESTAMP,
    nbused 							INT DEFAULT 0,
    typepaid 						INT DEFAULT 0,
    creditlimit 					INT DEFAULT 0,
    voipcall 						INT DEFAULT 0,
    sip_buddy 						INT DEFAULT 0,
    iax_buddy 						INT DEFAULT 0,
    language 						CHAR(5) DEFAULT 'en',
    redial 							CHAR(50),
    runservice 						INT DEFAULT 0,
	nbservice 						INT DEFAULT 0,
    id_campaign						INT DEFAULT 0,
    num_trials_done 				BIGINT DEFAULT 0,
    callback 						CHAR(50),
	vat 							FLOAT DEFAULT 0 NOT NULL,
	servicelastrun 					TIMESTAMP,
	initialbalance 					DECIMAL(15,5) DEFAULT 0 NOT NULL,
	invoiceday 						INT DEFAULT 1,
	autorefill 						INT DEFAULT 0,
    loginkey 						CHAR(40),
    activatedbyuser 				CHAR(1) DEFAULT 't' NOT NULL,
	id_subscription_fee 			INT DEFAULT 0,
	mac_addr						CHAR(17) DEFAULT '00-00-00-00-00-00' NOT NULL,
    PRIMARY KEY (id),
    UNIQUE cons_cc_card_username (username),
    UNIQUE cons_cc_card_useralias (useralias)
)ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE utf8_bin;


CREATE TABLE cc_ratecard (
    id 								INT NOT NULL AUTO_INCREMENT,
    idtariffplan 					INT DEFAULT 0 NOT NULL,
    dialprefix 						CHAR(30) NOT NULL,
    destination 					CHAR(50) NOT NULL,
    buyrate 						FLOAT DEFAULT 0 NOT NULL,
    buyrateinitblock 				INT DEFAULT 0 NOT NULL,
    buyrateincrement 				INT DEFAULT 0 NOT NULL,
    rateinitial 					FLOAT DEFAULT 0 NOT NULL,
    initblock 						INT DEFAULT 0 NOT NULL,
    billingblock 					INT DEFAULT 0 NOT NULL,
    connectcharge 					FLOAT DEFAULT 0 NOT NULL,
    disconnectcharge 				FLOAT DEFAULT 0 NOT NULL,
    stepchargea 					FLOAT DEFAULT 0 NOT NULL,
    chargea 						FLOAT DEFAULT 0 NOT NULL,
    timechargea 					INT DEFAULT 0 NOT NULL,
    billingblocka 					INT DEFAULT 0 NOT NULL,
    stepchargeb 					FLOAT DEFAULT 0 NOT NULL,
    chargeb 						FLOAT DEFAULT 0 NOT NULL,
    timechargeb 					INT DEFAULT 0 NOT NULL,
    billingblockb 					INT DEFAULT 0 NOT NULL,
    stepchargec 					FLOAT DEFAULT 0 NOT NULL,
    chargec 						FLOAT DEFAULT 0 NOT NULL,
    timechargec 					INT DEFAULT 0 NOT NULL,
    billingblockc 					INT DEFAULT 0 NOT NULL,
    startdate 						TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
    stopdate 						TIMESTAMP,
    starttime 						SMALLINT (5) unsigned DEFAULT '0',
    endtime 						SMALLINT (5) unsigned DEFAULT '10079',
    id_trunk 						INT DEFAULT -1,
    musiconhold 					CHAR(100) NOT NULL,
	freetimetocall_package_offer 	INT NOT NULL DEFAULT 0,
	id_outbound_cidgroup INT DEFAULT -1,
    PRIMARY KEY (id)
)ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE utf8_bin;
CREATE INDEX ind_cc_ratecard_dialprefix ON cc_ratecard (dialprefix);


CREATE TABLE cc_logrefill (
    id 								INT NOT NULL AUTO_INCREMENT,
    date 							TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
    credit 							FLOAT NOT NULL,
    card_id 						BIGINT NOT NULL,
    reseller_id 					BIGINT ,
    PRIMARY KEY (id)
)ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE utf8_bin;


CREATE TABLE cc_logpayment (
    id 								INT NOT NULL AUTO_INCREMENT,
    date 							TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
    payment 						FLOAT NOT NULL,
    card_id 						BIGINT NOT NULL,
    reseller_id 					BIGINT ,
    PRIMARY KEY (id)
)ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE utf8_bin;



CREATE TABLE cc_trunk (
    id_trunk 						INT NOT NULL AUTO_INCREMENT,
    trunkcode 						CHAR(20) NOT NULL,
    trunkprefix 					CHAR(20),
    providertech 					CHAR(20) NOT NULL,
    providerip 						CHAR(80) NOT NULL,
    removeprefix 					CHAR(20),
    secondusedreal 					INT DEFAULT 0,
    secondusedcarrier 				INT DEFAULT 0,
    secondusedratecard 				INT DEFAULT 0,
    creationdate 					TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
    failover_trunk 					INT ,
    addparameter 					CHAR(120),
    id_provider 					INT ,
    PRIMARY KEY (id_trunk)
)ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE utf8_bin;




CREATE TABLE cc_sip_buddies (
    id 								INT NOT NULL AUTO_INCREMENT,
    id_cc_card 						INT DEFAULT 0 NOT NULL,
    name 							CHAR(80) DEFAULT '' NOT NULL,
    accountcode 					CHAR(20),
    regexten 						CHAR(20),
    amaflags 						CHAR(7),
    callgroup 						CHAR(10),
    callerid 						CHAR(80),
    canreinvite 					CHAR(3) DEFAULT 'yes',
    context 						CHAR(80),
    DEFAULTip 						CHAR(15),
    dtmfmode 						CHAR(7)  DEFAULT 'RFC2833' NOT NULL,	 
    fromuser 						CHAR(80),
    fromdomain 						CHAR(80),
    host 							CHAR(31) DEFAULT '' NOT NULL,
    insecure 						CHAR(20),
    language 						CHAR(2),
    mailbox 						CHAR(50),
    md5secret 						CHAR(80),
    nat 							CHAR(3) DEFAULT 'yes',
    permit 							CHAR(95),
    deny 							CHAR(95),
    mask 							CHAR(95),
    pickupgroup 					CHAR(10),
    port 							CHAR(5) DEFAULT '' NOT NULL,
    qualify 						CHAR(7) DEFAULT 'yes',
    restrictcid 					CHAR(1),
    rtptimeout 						CHAR(3),
    rtpholdtimeout 					CHAR(3),
    secret 							CHAR(80),
    type 							CHAR(6) DEFAULT 'friend' NOT NULL,
    username 						CHAR(80) DEFAULT '' NOT NULL,
    disallow 						CHAR(100) DEFAULT 'all',
    allow 							CHAR(100) DEFAULT 'gsm,ulaw,alaw',
    musiconhold 					CHAR(100),
    regseconds 						INT DEFAULT 0 NOT NULL,
    ipaddr 							CHAR(15) DEFAULT '' NOT NULL,
    cancallforward 					CHAR(3) DEFAULT 'yes',
    fullcontact 					VARCHAR(80) DEFAULT NULL,
    setvar 							VARCHAR(100) NOT NULL DEFAULT '',
    PRIMARY KEY (id),
    UNIQUE cons_cc_sip_buddies_name (name)
)ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE utf8_bin;


CREATE TABLE cc_iax_buddies (
    id 										INT NOT NULL AUTO_INCREMENT,
    id_cc_card 								INT DEFAULT 0 NOT NULL,
    name 									CHAR(80) DEFAULT '' NOT NULL,
    accountcode 							CHAR(20),
    regexten 								CHAR(20),
    amaflags 								CHAR(7),
    callgroup 								CHAR(10),
    callerid 								CHAR(80),
    canreinvite 							CHAR(3) DEFAULT 'yes',
    context 								CHAR(80),
    DEFAULTip 								CHAR(15),
    dtmfmode 								CHAR(7)  DEFAULT 'RFC2833' NOT NULL,	 
    fromuser 								CHAR(80),
    fromdomain 								CHAR(80),
    host 									CHAR(31) DEFAULT '' NOT NULL,
    insecure 								CHAR(20),
    language 								CHAR(2),
    mailbox 								CHAR(50),
    md5secret 								CHAR(80),
    nat 									CHAR(3) DEFAULT 'yes',
    permit 									CHAR(95),
    deny 									CHAR(95),
    mask 									CHAR(95),
    pickupgroup 							CHAR(10),
    port 									CHAR(5) DEFAULT '' NOT NULL,
    qualify 								CHAR(7) DEFAULT 'yes',
    restrictcid 							CHAR(1),
    rtptimeout 								CHAR(3),
    rtpholdtimeout 							CHAR(3),
    secret 									CHAR(80),
    type 									CHAR(6) DEFAULT 'friend' NOT NULL,
    username 								CHAR(80) DEFAULT '' NOT NULL,
    disallow 								CHAR(100) DEFAULT 'all',
    allow 									CHAR(100) DEFAULT 'gsm,ulaw,alaw',
    musiconhold 							CHAR(100),
    regseconds 								INT DEFAULT 0 NOT NULL,
    ipaddr 									CHAR(15) DEFAULT '' NOT NULL,
    cancallforward 							CHAR(3) DEFAULT 'yes',
    PRIMARY KEY (id),
    UNIQUE cons_cc_iax_buddies_name (name)
)ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE utf8_bin;


--
-- Country table : Store the iso country list
--

CREATE TABLE cc_country (
    id 								BIGINT NOT NULL AUTO_INCREMENT,
    countrycode 					CHAR(80) NOT NULL,
    countryprefix 					CHAR(80) NOT NULL,
    countryname 					CHAR(80) NOT NULL,
    PRIMARY KEY (id)
)ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE utf8_bin;


-- 
-- Speed Dial Table
--

CREATE TABLE cc_speeddial (
    id 										BIGINT NOT NULL AUTO_INCREMENT,
    id_cc_card 								BIGINT NOT NULL DEFAULT 0,
    phone 									VARCHAR(100) NOT NULL,	
    name 									VARCHAR(100) NOT NULL,	
    speeddial 								INT DEFAULT 0,
    creationdate 							TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY ( id ),
    UNIQUE cons_cc_speeddial_id_cc_card_speeddial (id_cc_card, speeddial)
)ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE utf8_bin;
