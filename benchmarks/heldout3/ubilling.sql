-- source: nightflyza/Ubilling docs/dumps/stargazer.sql @ 0a00a60718ebc6534d07c29ac2216510464c9f5f + docs/dumps/ubilling.sql @ 015af03ffbbe9f8dde965b2117a1441a038a5133
-- (subset: statements copied verbatim from the two files; the Stargazer part comes first, as upstream applies it first)

-- ===== docs/dumps/stargazer.sql =====

DROP TABLE IF EXISTS `admins`;

CREATE TABLE `admins` (
  `login` varchar(40) NOT NULL DEFAULT '',
  `password` varchar(150) DEFAULT '*',
  `ChgConf` tinyint(4) DEFAULT '0',
  `ChgPassword` tinyint(4) DEFAULT '0',
  `ChgStat` tinyint(4) DEFAULT '0',
  `ChgCash` tinyint(4) DEFAULT '0',
  `UsrAddDel` tinyint(4) DEFAULT '0',
  `ChgTariff` tinyint(4) DEFAULT '0',
  `ChgAdmin` tinyint(4) DEFAULT '0',
  PRIMARY KEY (`login`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;


DROP TABLE IF EXISTS `messages`;
CREATE TABLE `messages` (
  `login` varchar(40) DEFAULT '',
  `id` bigint(20) DEFAULT NULL,
  `type` int(11) DEFAULT NULL,
  `lastSendTime` int(11) DEFAULT NULL,
  `creationTime` int(11) DEFAULT NULL,
  `showTime` int(11) DEFAULT NULL,
  `stgRepeat` int(11) DEFAULT NULL,
  `repeatPeriod` int(11) DEFAULT NULL,
  `text` text
) ENGINE=MyISAM DEFAULT CHARSET=utf8;


DROP TABLE IF EXISTS `users`;
CREATE TABLE `users` (
  `login` varchar(50) NOT NULL DEFAULT '',
  `Password` varchar(150) NOT NULL DEFAULT '*',
  `Passive` int(3) DEFAULT '0',
  `Down` int(3) DEFAULT '0',
  `DisabledDetailStat` int(3) DEFAULT '0',
  `AlwaysOnline` int(3) DEFAULT '0',
  `Tariff` varchar(40) NOT NULL DEFAULT '',
  `Address` varchar(254) NOT NULL DEFAULT '',
  `Phone` varchar(128) NOT NULL DEFAULT '',
  `Email` varchar(50) NOT NULL DEFAULT '',
  `Note` text NOT NULL,
  `RealName` varchar(254) NOT NULL DEFAULT '',
  `StgGroup` varchar(40) NOT NULL DEFAULT '',
  `Credit` double DEFAULT '0',
  `TariffChange` varchar(40) NOT NULL DEFAULT '',
  `Userdata0` varchar(254) NOT NULL,
  `Userdata1` varchar(254) NOT NULL,
  `Userdata2` varchar(254) NOT NULL,
  `Userdata3` varchar(254) NOT NULL,
  `Userdata4` varchar(254) NOT NULL,
  `Userdata5` varchar(254) NOT NULL,
  `Userdata6` varchar(254) NOT NULL,
  `Userdata7` varchar(254) NOT NULL,
  `Userdata8` varchar(254) NOT NULL,
  `Userdata9` varchar(254) NOT NULL,
  `CreditExpire` int(11) DEFAULT '0',
  `IP` varchar(254) DEFAULT '*',
  `D0` bigint(30) DEFAULT '0',
  `U0` bigint(30) DEFAULT '0',
  `D1` bigint(30) DEFAULT '0',
  `U1` bigint(30) DEFAULT '0',
  `D2` bigint(30) DEFAULT '0',
  `U2` bigint(30) DEFAULT '0',
  `D3` bigint(30) DEFAULT '0',
  `U3` bigint(30) DEFAULT '0',
  `D4` bigint(30) DEFAULT '0',
  `U4` bigint(30) DEFAULT '0',
  `D5` bigint(30) DEFAULT '0',
  `U5` bigint(30) DEFAULT '0',
  `D6` bigint(30) DEFAULT '0',
  `U6` bigint(30) DEFAULT '0',
  `D7` bigint(30) DEFAULT '0',
  `U7` bigint(30) DEFAULT '0',
  `D8` bigint(30) DEFAULT '0',
  `U8` bigint(30) DEFAULT '0',
  `D9` bigint(30) DEFAULT '0',
  `U9` bigint(30) DEFAULT '0',
  `Cash` double DEFAULT '0',
  `FreeMb` double DEFAULT '0',
  `LastCashAdd` double DEFAULT '0',
  `LastCashAddTime` int(11) DEFAULT '0',
  `PassiveTime` int(11) DEFAULT '0',
  `LastActivityTime` int(11) DEFAULT '0',
  `NAS` varchar(17) NOT NULL,
  PRIMARY KEY (`login`),
  KEY `AlwaysOnline` (`AlwaysOnline`),
  KEY `IP` (`IP`),
  KEY `Address` (`Address`),
  KEY `Tariff` (`Tariff`),
  KEY `Phone` (`Phone`),
  KEY `Email` (`Email`),
  KEY `RealName` (`RealName`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

-- ===== docs/dumps/ubilling.sql =====

CREATE TABLE `address` (
  `id` int NOT NULL AUTO_INCREMENT,
  `login` varchar(45) NOT NULL,
  `aptid` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `login` (`login`),
  KEY `aptid` (`aptid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `address_extended` (
  `id` int NOT NULL AUTO_INCREMENT,
  `login` varchar(50) NOT NULL,
  `postal_code` varchar(10) NOT NULL DEFAULT '',
  `town_district` varchar(150) NOT NULL DEFAULT '',
  `address_exten` varchar(250) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `login` (`login`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `apt` (
  `id` int NOT NULL AUTO_INCREMENT,
  `buildid` int NOT NULL,
  `entrance` varchar(15) DEFAULT NULL,
  `floor` varchar(15) DEFAULT NULL,
  `apt` varchar(5) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `apt` (`apt`),
  KEY `buildid` (`buildid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `build` (
  `id` int NOT NULL AUTO_INCREMENT,
  `streetid` int NOT NULL,
  `buildnum` varchar(10) NOT NULL,
  `geo` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `buildnum` (`buildnum`),
  KEY `streetid` (`streetid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `callshist` (
  `id` int NOT NULL AUTO_INCREMENT,
  `date` datetime NOT NULL,
  `number` varchar(120) NOT NULL,
  `login` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `login` (`login`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `cardbank` (
  `id` int NOT NULL AUTO_INCREMENT,
  `serial` varchar(255) NOT NULL,
  `cash` varchar(45) NOT NULL,
  `admin` varchar(45) NOT NULL,
  `date` datetime NOT NULL,
  `active` tinyint(1) NOT NULL,
  `used` tinyint(1) NOT NULL,
  `usedate` datetime DEFAULT NULL,
  `usedlogin` varchar(45) NOT NULL,
  `usedip` varchar(45) DEFAULT NULL,
  `part` varchar(255) DEFAULT NULL,
  `receipt_date` datetime DEFAULT NULL,
  `selling_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `serial` (`serial`),
  KEY `part` (`part`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `cashtype` (
  `id` int NOT NULL AUTO_INCREMENT,
  `cashtype` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `cashtype` (`cashtype`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `city` (
  `id` int NOT NULL AUTO_INCREMENT,
  `cityname` varchar(255) NOT NULL,
  `cityalias` varchar(45) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `cityname` (`cityname`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `contracts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `login` varchar(45) NOT NULL,
  `contract` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `login` (`login`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `corp_data` (
  `id` int NOT NULL AUTO_INCREMENT,
  `corpname` varchar(255) NOT NULL,
  `address` varchar(255) DEFAULT NULL,
  `doctype` int DEFAULT NULL,
  `docnum` varchar(255) DEFAULT NULL,
  `docdate` date DEFAULT NULL,
  `bankacc` varchar(255) DEFAULT NULL,
  `bankname` varchar(255) DEFAULT NULL,
  `bankmfo` varchar(255) DEFAULT NULL,
  `edrpou` varchar(255) DEFAULT NULL,
  `ndstaxnum` varchar(255) DEFAULT NULL,
  `inncode` varchar(255) DEFAULT NULL,
  `taxtype` int DEFAULT NULL,
  `notes` varchar(255) DEFAULT NULL,
  `corpnameabbr` varchar(255) DEFAULT NULL,
  `corpsignatory` varchar(255) DEFAULT NULL,
  `corpsignatory2` varchar(255) DEFAULT NULL,
  `corpbasis` varchar(255) DEFAULT NULL,
  `corpemail` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `corp_persons` (
  `id` int NOT NULL AUTO_INCREMENT,
  `corpid` int NOT NULL,
  `realname` varchar(255) NOT NULL,
  `phone` varchar(255) DEFAULT NULL,
  `im` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `appointment` varchar(255) DEFAULT NULL,
  `notes` text,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `crm_leads` (
  `id` int NOT NULL AUTO_INCREMENT,
  `address` varchar(255) NOT NULL,
  `realname` varchar(255) NOT NULL,
  `phone` varchar(32) DEFAULT NULL,
  `mobile` varchar(32) NOT NULL,
  `extmobile` varchar(32) DEFAULT NULL,
  `email` varchar(64) DEFAULT NULL,
  `branch` int DEFAULT NULL,
  `tariff` varchar(64) DEFAULT NULL,
  `login` varchar(64) DEFAULT NULL,
  `employeeid` int DEFAULT NULL,
  `notes` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `login` (`login`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `emails` (
  `id` int NOT NULL AUTO_INCREMENT,
  `login` varchar(45) NOT NULL,
  `email` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `login` (`login`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `employee` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `appointment` varchar(255) NOT NULL,
  `mobile` varchar(50) DEFAULT NULL,
  `telegram` varchar(40) DEFAULT NULL,
  `admlogin` varchar(255) DEFAULT NULL,
  `active` tinyint(1) NOT NULL,
  `tagid` int DEFAULT NULL,
  `amountLimit` varchar(45) NOT NULL DEFAULT '0',
  `birthdate` date DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `fees` (
  `id` int NOT NULL AUTO_INCREMENT,
  `hash` varchar(42) NOT NULL,
  `login` varchar(64) NOT NULL,
  `date` datetime NOT NULL,
  `admin` varchar(64) DEFAULT NULL,
  `from` double DEFAULT NULL,
  `to` double DEFAULT NULL,
  `summ` double DEFAULT NULL,
  `note` varchar(200) DEFAULT NULL,
  `cashtype` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `login` (`login`),
  KEY `date` (`date`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `invoices` (
  `id` int NOT NULL AUTO_INCREMENT,
  `login` varchar(50) NOT NULL,
  `invoice_num` varchar(40) NOT NULL DEFAULT '',
  `invoice_date` datetime NOT NULL,
  `invoice_sum` double NOT NULL DEFAULT '0',
  `invoice_body` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `invoice_num` (`invoice_num`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `mg_credentials` (
  `id` int NOT NULL AUTO_INCREMENT,
  `isdn` varchar(255) NOT NULL,
  `login` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `nethosts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `netid` int NOT NULL,
  `ip` varchar(45) NOT NULL,
  `mac` varchar(45) DEFAULT NULL,
  `option` varchar(45) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `net-ip` (`netid`,`ip`),
  KEY `netid` (`netid`),
  KEY `ip` (`ip`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `passportdata` (
  `id` int NOT NULL AUTO_INCREMENT,
  `login` varchar(255) NOT NULL,
  `birthdate` date DEFAULT NULL,
  `passportnum` varchar(255) DEFAULT NULL,
  `passportdate` date DEFAULT NULL,
  `passportwho` varchar(255) DEFAULT NULL,
  `pcity` varchar(255) DEFAULT NULL,
  `pstreet` varchar(255) DEFAULT NULL,
  `pbuild` varchar(10) DEFAULT NULL,
  `papt` varchar(10) DEFAULT NULL,
  `pinn` varchar(15) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `login` (`login`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `payments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `login` varchar(45) NOT NULL,
  `date` datetime NOT NULL,
  `admin` varchar(255) DEFAULT NULL,
  `balance` varchar(45) NOT NULL,
  `summ` varchar(45) NOT NULL,
  `cashtypeid` int NOT NULL,
  `note` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `login` (`login`),
  KEY `date` (`date`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `pbxcalls` (
  `id` int NOT NULL AUTO_INCREMENT,
  `filename` varchar(250) DEFAULT NULL,
  `login` varchar(64) DEFAULT NULL,
  `size` int DEFAULT NULL,
  `direction` varchar(4) DEFAULT NULL,
  `storage` varchar(4) DEFAULT NULL,
  `date` datetime DEFAULT NULL,
  `number` varchar(32) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_login` (`login`),
  KEY `idx_date` (`date`),
  KEY `idx_number` (`number`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `phones` (
  `id` int NOT NULL AUTO_INCREMENT,
  `login` varchar(45) DEFAULT NULL,
  `phone` varchar(255) DEFAULT NULL,
  `mobile` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `phone` (`phone`),
  KEY `mobile` (`mobile`),
  KEY `login` (`login`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `pononu` (
  `id` int NOT NULL AUTO_INCREMENT,
  `onumodelid` int DEFAULT NULL,
  `oltid` int DEFAULT NULL,
  `ip` varchar(20) DEFAULT NULL,
  `mac` varchar(20) DEFAULT NULL,
  `serial` varchar(255) DEFAULT NULL,
  `login` varchar(255) DEFAULT NULL,
  `geo` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `login` (`login`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `realname` (
  `id` int NOT NULL AUTO_INCREMENT,
  `login` varchar(45) DEFAULT NULL,
  `realname` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `login` (`login`),
  KEY `realname` (`realname`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `salary_timesheets` (
  `id` int NOT NULL AUTO_INCREMENT,
  `date` date NOT NULL,
  `employeeid` int NOT NULL,
  `hours` int NOT NULL DEFAULT '0',
  `holiday` tinyint(1) NOT NULL DEFAULT '0',
  `hospital` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `salary_wages` (
  `id` int NOT NULL AUTO_INCREMENT,
  `employeeid` int NOT NULL,
  `wage` double NOT NULL,
  `bounty` double NOT NULL,
  `worktime` int DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `sigreq` (
  `id` int NOT NULL AUTO_INCREMENT,
  `date` datetime NOT NULL,
  `state` tinyint NOT NULL,
  `ip` varchar(40) NOT NULL,
  `street` varchar(255) NOT NULL,
  `build` varchar(40) NOT NULL,
  `apt` varchar(40) NOT NULL,
  `realname` varchar(255) NOT NULL,
  `phone` varchar(255) NOT NULL,
  `service` varchar(255) NOT NULL,
  `notes` text,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `sms_history` (
  `id` int NOT NULL AUTO_INCREMENT,
  `smssrvid` int NOT NULL DEFAULT '0',
  `login` varchar(255) NOT NULL,
  `phone` varchar(255) NOT NULL,
  `srvmsgself_id` varchar(255) NOT NULL,
  `srvmsgpack_id` varchar(255) NOT NULL,
  `date_send` datetime NOT NULL,
  `date_statuschk` datetime NOT NULL,
  `delivered` tinyint unsigned DEFAULT '0',
  `no_statuschk` tinyint unsigned DEFAULT '0',
  `send_status` varchar(255) NOT NULL DEFAULT '',
  `msg_text` varchar(500) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `login` (`login`) USING BTREE,
  KEY `phone` (`phone`) USING BTREE,
  KEY `date_send` (`date_send`) USING BTREE,
  KEY `smssrvid` (`smssrvid`),
  KEY `srvmsgself_id` (`srvmsgself_id`) USING BTREE,
  KEY `date_statuschk` (`date_statuschk`) USING BTREE
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `sms_services` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `login` varchar(255) NOT NULL,
  `passwd` varchar(255) NOT NULL,
  `url_addr` varchar(255) NOT NULL,
  `api_key` varchar(255) NOT NULL,
  `alpha_name` varchar(40) NOT NULL,
  `default_service` tinyint unsigned DEFAULT '0',
  `api_file_name` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `street` (
  `id` int NOT NULL AUTO_INCREMENT,
  `cityid` int NOT NULL,
  `streetname` varchar(255) NOT NULL,
  `streetalias` varchar(45) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `cityid` (`cityid`),
  KEY `streetname` (`streetname`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `switches` (
  `id` int NOT NULL AUTO_INCREMENT,
  `modelid` int NOT NULL,
  `ip` varchar(45) DEFAULT NULL,
  `desc` varchar(255) NOT NULL,
  `location` varchar(255) DEFAULT NULL,
  `snmp` varchar(45) DEFAULT NULL,
  `geo` varchar(255) DEFAULT NULL,
  `parentid` int DEFAULT NULL,
  `swid` varchar(32) DEFAULT NULL,
  `snmpwrite` varchar(45) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `parentid` (`parentid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `tags` (
  `id` int NOT NULL AUTO_INCREMENT,
  `tagid` int NOT NULL,
  `login` varchar(45) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `tagtypes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `tagname` varchar(255) NOT NULL,
  `tagcolor` varchar(15) NOT NULL,
  `tagsize` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `taskman` (
  `id` int NOT NULL AUTO_INCREMENT,
  `date` datetime NOT NULL,
  `address` varchar(255) NOT NULL,
  `login` varchar(255) DEFAULT NULL,
  `jobtype` int NOT NULL,
  `jobnote` text CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci,
  `phone` varchar(255) DEFAULT NULL,
  `employee` int NOT NULL,
  `employeedone` int DEFAULT NULL,
  `donenote` text CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci,
  `startdate` date NOT NULL,
  `starttime` time DEFAULT NULL,
  `enddate` date DEFAULT NULL,
  `admin` varchar(255) DEFAULT NULL,
  `status` int NOT NULL,
  `smsdata` text,
  `change_admin` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `status` (`status`),
  KEY `login` (`login`),
  KEY `starttime` (`starttime`),
  KEY `address` (`address`),
  KEY `startdate` (`startdate`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `ticketing` (
  `id` int NOT NULL AUTO_INCREMENT,
  `date` datetime NOT NULL,
  `replyid` int DEFAULT NULL,
  `status` int DEFAULT NULL,
  `from` varchar(255) DEFAULT NULL,
  `to` varchar(255) DEFAULT NULL,
  `text` text,
  `admin` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `uhw_log` (
  `id` int NOT NULL AUTO_INCREMENT,
  `date` datetime NOT NULL,
  `password` varchar(255) NOT NULL,
  `login` varchar(255) NOT NULL,
  `ip` varchar(255) NOT NULL,
  `nhid` int NOT NULL,
  `oldmac` varchar(255) DEFAULT NULL,
  `newmac` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `ukv_payments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `userid` int NOT NULL,
  `date` datetime NOT NULL,
  `admin` varchar(255) DEFAULT NULL,
  `balance` varchar(45) NOT NULL,
  `summ` varchar(45) NOT NULL,
  `visible` tinyint NOT NULL,
  `cashtypeid` int NOT NULL,
  `note` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `userid` (`userid`,`date`,`visible`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `ukv_users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `contract` varchar(40) DEFAULT NULL,
  `tariffid` int DEFAULT NULL,
  `tariffnmid` int DEFAULT NULL,
  `tariffnmdate` varchar(20) DEFAULT NULL,
  `cash` double NOT NULL,
  `active` tinyint NOT NULL,
  `realname` varchar(255) DEFAULT NULL,
  `passnum` varchar(40) DEFAULT NULL,
  `passwho` varchar(255) DEFAULT NULL,
  `passdate` date DEFAULT NULL,
  `paddr` varchar(255) DEFAULT NULL,
  `ssn` varchar(40) DEFAULT NULL,
  `phone` varchar(40) DEFAULT NULL,
  `mobile` varchar(40) DEFAULT NULL,
  `regdate` datetime NOT NULL,
  `city` varchar(40) DEFAULT NULL,
  `street` varchar(255) DEFAULT NULL,
  `build` varchar(40) DEFAULT NULL,
  `apt` varchar(20) DEFAULT NULL,
  `inetlogin` varchar(40) DEFAULT NULL,
  `cableseal` varchar(40) DEFAULT NULL,
  `notes` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `contract` (`contract`),
  KEY `tariffid` (`tariffid`),
  KEY `cash` (`cash`),
  KEY `active` (`active`),
  KEY `regdate` (`regdate`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `userreg` (
  `id` int NOT NULL AUTO_INCREMENT,
  `date` datetime NOT NULL,
  `admin` varchar(45) NOT NULL,
  `login` varchar(45) NOT NULL,
  `address` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `date` (`date`),
  KEY `login` (`login`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `visor_users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `regdate` datetime NOT NULL,
  `realname` varchar(250) DEFAULT NULL,
  `phone` varchar(40) DEFAULT NULL,
  `chargecams` tinyint NOT NULL,
  `primarylogin` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `primarylogin` (`primarylogin`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `vlan_mac_history` (
  `id` int NOT NULL AUTO_INCREMENT,
  `login` varchar(45) DEFAULT NULL,
  `vlan` int DEFAULT NULL,
  `mac` varchar(45) DEFAULT NULL,
  `date` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `weblogs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `date` datetime NOT NULL,
  `admin` varchar(45) DEFAULT NULL,
  `ip` varchar(64) DEFAULT NULL,
  `event` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `date` (`date`),
  FULLTEXT KEY `ft_event` (`event`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;
