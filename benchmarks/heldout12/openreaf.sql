-- source: upsilon/OpenReaf setup/sql/mysql/create_table.sql @ aff914b69c67be80eb4ed87299bf070c816b0dca (OpenReaf, Japanese municipal public-facility reservation system by ZiWAVE; BSD-3-Clause-style notice plus GPL-2.0 text in setup/LICENSE, see LICENSES.c.md); 19 of its 50 table blocks ("--" comment, DROP TABLE, CREATE TABLE) verbatim in upstream order: reservation, lottery, equipment-loan, payment, refund and history tables, users, staff, fee reductions, facilities, system parameters; the other 31 (equipment and room masters, timetables, closed days, fee tables, code lists, purposes, numbering, tax, postcodes, portal notices, lottery calendar, fee options and applications, slot grid) dropped
--
-- Table structure for table `h_fee`
--

DROP TABLE IF EXISTS `h_fee`;
CREATE TABLE `h_fee` (
  `localgovcode` char(3) NOT NULL default '',
  `shisetsucode` char(3) NOT NULL default '',
  `shitsujyocode` char(2) NOT NULL default '',
  `combino` tinyint(3) unsigned NOT NULL default '0',
  `usedate` char(8) NOT NULL default '',
  `usetimefrom` char(6) NOT NULL default '',
  `usetimeto` char(6) default NULL,
  `feesinkbn` char(2) default NULL,
  `yoyakunum` varchar(10) NOT NULL default '',
  `basefee` decimal(9,2) NOT NULL default '0.00',
  `shisetsufee` decimal(9,2) NOT NULL default '0.00',
  `tax` decimal(9,2) NOT NULL default '0.00',
  `suuryo` decimal(9,2) NOT NULL default '0.00',
  `suuryotani` varchar(4) NOT NULL default '',
  `surcharge` varchar(4) NOT NULL default '',
  `paykbn` tinyint(3) unsigned NOT NULL default '0',
  `bihinyoyakunum` varchar(10) default NULL,
  `bihinfee` decimal(9,2) NOT NULL default '0.00',
  `optionfee1` decimal(9,2) NOT NULL default '0.00',
  `optionfee2` decimal(9,2) NOT NULL default '0.00',
  `optionfee3` decimal(9,2) NOT NULL default '0.00',
  `optionfee4` decimal(9,2) NOT NULL default '0.00',
  `optionfee5` decimal(9,2) NOT NULL default '0.00',
  `chousei_reason` varchar(128) default NULL,
  `useninzu` smallint(6) NOT NULL default '0',
  `ninzu1` smallint(6) NOT NULL default '0',
  `ninzu2` smallint(6) NOT NULL default '0',
  `ninzu3` smallint(6) NOT NULL default '0',
  `ninzu4` smallint(6) NOT NULL default '0',
  `ninzu5` smallint(6) NOT NULL default '0',
  `ninzu6` smallint(6) NOT NULL default '0',
  `ninzu7` smallint(6) NOT NULL default '0',
  `ninzu8` smallint(6) NOT NULL default '0',
  `ninzu9` smallint(6) NOT NULL default '0',
  `ninzu10` smallint(6) NOT NULL default '0',
  `ninzu11` smallint(6) NOT NULL default '0',
  `ninzu12` smallint(6) NOT NULL default '0',
  `ninzu13` smallint(6) NOT NULL default '0',
  `ninzu14` smallint(6) NOT NULL default '0',
  `ninzu15` smallint(6) NOT NULL default '0',
  `ninzu16` smallint(6) NOT NULL default '0',
  `upddate` char(8) default NULL,
  `updtime` char(6) default NULL,
  `updid` varchar(16) default NULL,
  `historycode` varchar(14) default NULL,
  `lstupddate` char(8) default NULL,
  `lstupdtime` char(6) default NULL,
  `lstupdid` varchar(16) default NULL,
  PRIMARY KEY  (`localgovcode`,`yoyakunum`),
  KEY `idx_1` (`localgovcode`,`shisetsucode`,`usedate`),
  KEY `idx_2` (`localgovcode`,`shisetsucode`,`shitsujyocode`,`usedate`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Table structure for table `h_pullout`
--

DROP TABLE IF EXISTS `h_pullout`;
CREATE TABLE `h_pullout` (
  `localgovcode` char(3) NOT NULL default '',
  `shisetsucode` char(3) NOT NULL default '',
  `shitsujyocode` char(2) NOT NULL default '',
  `mencode` char(2) NOT NULL default '',
  `combino` tinyint(3) unsigned NOT NULL default '0',
  `usedate` char(8) NOT NULL default '',
  `usetimefrom` char(6) NOT NULL default '',
  `userid` varchar(128) NOT NULL default '',
  `usetimeto` char(6) NOT NULL default '',
  `pulloutukedate` char(8) NOT NULL default '',
  `pulloutuketime` char(6) NOT NULL default '',
  `pulloutyoyakunum` varchar(10) NOT NULL default '',
  `komasu` smallint(6) NOT NULL default '0',
  `baseshisetsufee` decimal(9,2) NOT NULL default '0.00',
  `shisetsufee` decimal(9,2) NOT NULL default '0.00',
  `shisetsutax` decimal(9,2) NOT NULL default '0.00',
  `pulloutjisshidate` char(8) default NULL,
  `pulloutjisshitime` char(4) default NULL,
  `pulloutjoukyoukbn` char(1) default NULL,
  `pulloutfixflg` char(1) default NULL,
  `sendmaildate` varchar(8) default NULL,
  `bikou` text,
  `mokutekicode` char(2) default NULL,
  `usekbn` char(2) default NULL,
  `daikouid` varchar(16) default NULL,
  `hitfixappdate` varchar(8) default NULL,
  `hitfixapptime` varchar(6) default NULL,
  `upddate` char(8) default NULL,
  `updtime` char(6) default NULL,
  `updid` varchar(16) default NULL,
  `lstupddate` char(8) default NULL,
  `lstupdtime` char(6) default NULL,
  `lstupdid` varchar(16) default NULL,
  PRIMARY KEY  (`localgovcode`,`shisetsucode`,`shitsujyocode`,`mencode`,`pulloutyoyakunum`),
  KEY `idx_1` (`localgovcode`,`pulloutyoyakunum`),
  KEY `idx_2` (`localgovcode`,`userid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Table structure for table `h_yoyaku`
--

DROP TABLE IF EXISTS `h_yoyaku`;
CREATE TABLE `h_yoyaku` (
  `localgovcode` char(3) NOT NULL default '',
  `shisetsucode` char(3) NOT NULL default '',
  `shitsujyocode` char(2) NOT NULL default '',
  `mencode` char(2) NOT NULL default '',
  `combino` tinyint(3) unsigned NOT NULL default '0',
  `usedatefrom` char(8) NOT NULL default '',
  `usetimefrom` char(6) NOT NULL default '',
  `usetimeto` char(6) default NULL,
  `yoyakunum` varchar(10) NOT NULL default '',
  `userid` varchar(128) NOT NULL default '',
  `komasu` smallint(6) NOT NULL default '0',
  `baseshisetsufee` decimal(9,2) NOT NULL default '0.00',
  `shisetsufee` decimal(9,2) NOT NULL default '0.00',
  `shisetsutax` decimal(9,2) NOT NULL default '0.00',
  `shisetsupaylimitdate` varchar(8) default NULL,
  `utensinflg` char(1) default NULL,
  `honyoyakukbn` char(2) default NULL,
  `karishinsaid` varchar(16) default NULL,
  `shinsakbn` char(1) default NULL,
  `shinsareason` varchar(100) default NULL,
  `shinsadate` varchar(8) default NULL,
  `useukeflg` char(1) default NULL,
  `escapeflg` char(1) default NULL,
  `bikou` text,
  `yoyakukbn` char(2) default NULL,
  `yoyakuname` varchar(128) default NULL,
  `mokutekicode` char(2) default NULL,
  `usekbn` char(2) default NULL,
  `daikouid` varchar(16) default NULL,
  `appdate` char(8) default NULL,
  `apptime` char(6) default NULL,
  `canceljiyucode` varchar(3) default NULL,
  `cancelstaffid` varchar(16) default NULL,
  `upddate` char(8) default NULL,
  `updtime` char(6) default NULL,
  `updid` varchar(16) default NULL,
  `lstupddate` char(8) default NULL,
  `lstupdtime` char(6) default NULL,
  `lstupdid` varchar(16) default NULL,
  PRIMARY KEY  (`localgovcode`,`shisetsucode`,`shitsujyocode`,`mencode`,`yoyakunum`),
  KEY `idx_1` (`localgovcode`,`yoyakunum`),
  KEY `idx_2` (`localgovcode`,`userid`),
  KEY `idx_3` (`localgovcode`,`shisetsucode`,`honyoyakukbn`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Table structure for table `m_busho`
--

DROP TABLE IF EXISTS `m_busho`;
CREATE TABLE `m_busho` (
  `localgovcode` char(3) NOT NULL default '',
  `bushocode` varchar(16) NOT NULL default '',
  `bushoname` varchar(40) default NULL,
  `bushoshortname` varchar(20) default NULL,
  `upddate` char(8) default NULL,
  `updtime` char(6) default NULL,
  `updid` varchar(16) default NULL,
  PRIMARY KEY  (`localgovcode`,`bushocode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Table structure for table `m_genmen`
--

DROP TABLE IF EXISTS `m_genmen`;
CREATE TABLE `m_genmen` (
  `localgovcode` char(3) NOT NULL default '',
  `koteigencode` char(2) NOT NULL default '',
  `koteigenname` varchar(30) default NULL,
  `rate` smallint(6) NOT NULL default '0',
  `bihinrate` smallint(6) NOT NULL default '0',
  `upddate` char(8) default NULL,
  `updtime` char(6) default NULL,
  `updid` varchar(16) default NULL,
  PRIMARY KEY  (`localgovcode`,`koteigencode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Table structure for table `m_shisetsu`
--

DROP TABLE IF EXISTS `m_shisetsu`;
CREATE TABLE `m_shisetsu` (
  `localgovcode` char(3) NOT NULL default '',
  `shisetsuclassdaicode` char(2) default NULL,
  `shisetsuclasscode` char(2) default NULL,
  `shisetsucode` char(3) NOT NULL default '',
  `appdatefrom` char(8) NOT NULL default '',
  `shisetsuskbcode` int(11) NOT NULL default '0',
  `shisetsuname` varchar(32) default NULL,
  `shisetsuname2` varchar(64) default NULL,
  `rangebusyocode` varchar(16) default NULL,
  `adr` varchar(60) default NULL,
  `tel1` varchar(5) default NULL,
  `tel2` varchar(4) default NULL,
  `tel3` varchar(4) default NULL,
  `telno21` varchar(5) default NULL,
  `telno22` varchar(4) default NULL,
  `telno23` varchar(4) default NULL,
  `guideurl` varchar(160) default NULL,
  `showguideflg` char(1) NOT NULL default '1',
  `showdanjyoninzuflg` char(1) NOT NULL default '0',
  `showoutofserviceflg` char(1) NOT NULL default '0',
  `showeventflg` char(1) NOT NULL default '0',
  `cancelfeeflg` char(1) NOT NULL default '0',
  `fractionflg` char(1) NOT NULL default '0',
  `optionkbn1` char(2) default NULL,
  `optionkbn2` char(2) default NULL,
  `openflg` char(1) NOT NULL default '0',
  `haishidate` varchar(8) default '',
  `upddate` char(8) default NULL,
  `updtime` char(6) default NULL,
  `updid` varchar(16) default NULL,
  `shinsaflg` char(1) NOT NULL default '0',
  `limitflg` char(1) NOT NULL default '0',
  `pulloutlimitflg` char(1) NOT NULL default '0',
  `pulloutmonlimitkbn` char(1) NOT NULL default '0',
  `grouppulloutmonlimit` int(11) NOT NULL default '0',
  `personalpulloutmonlimit` int(11) NOT NULL default '0',
  `grouppulloutmon1limit` int(11) NOT NULL default '0',
  `personalpulloutmon1limit` int(11) NOT NULL default '0',
  `grouppulloutmon2limit` int(11) NOT NULL default '0',
  `personalpulloutmon2limit` int(11) NOT NULL default '0',
  `groupippanmonlimit` int(11) NOT NULL default '0',
  `personalippanmonlimit` int(11) NOT NULL default '0',
  `weklimitflg` char(1) NOT NULL default '0',
  `pulloutweklimitflg` char(1) NOT NULL default '0',
  `grouppulloutweklimit` int(11) NOT NULL default '0',
  `personalpulloutweklimit` int(11) NOT NULL default '0',
  `groupippanweklimit` int(11) NOT NULL default '0',
  `personalippanweklimit` int(11) NOT NULL default '0',
  `daylimitflg` char(1) NOT NULL default '0',
  `pulloutdaylimitflg` char(1) NOT NULL default '0',
  `grouppulloutdaylimit` int(11) NOT NULL default '0',
  `personalpulloutdaylimit` int(11) NOT NULL default '0',
  `groupippandaylimit` int(11) NOT NULL default '0',
  `personalippandaylimit` int(11) NOT NULL default '0',
  `shisetsumaster` varchar(64) default NULL,
  PRIMARY KEY  (`localgovcode`,`shisetsucode`,`appdatefrom`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Table structure for table `m_staff`
--

DROP TABLE IF EXISTS `m_staff`;
CREATE TABLE `m_staff` (
  `localgovcode` char(3) NOT NULL default '',
  `bushocode` varchar(16) default NULL,
  `staffid` varchar(16) NOT NULL default '',
  `appdatefrom` char(8) NOT NULL default '',
  `staffnum` varchar(16) default NULL,
  `pwd` varchar(16) binary default NULL,
  `staffname` varchar(40) default NULL,
  `tourokukbn` char(1) default NULL,
  `kengencode1` char(2) default NULL,
  `kengencode2` char(2) default NULL,
  `kengencode3` char(2) default NULL,
  `kengencode4` char(2) default NULL,
  `kengencode5` char(2) default NULL,
  `kengencode6` char(2) default NULL,
  `haishidate` varchar(8) default NULL,
  `upddate` char(8) default NULL,
  `updtime` char(6) default NULL,
  `updid` varchar(16) default NULL,
  PRIMARY KEY  (`localgovcode`,`staffid`,`appdatefrom`),
  KEY `idx_1` (`localgovcode`,`staffid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Table structure for table `m_staffshisetsu`
--

DROP TABLE IF EXISTS `m_staffshisetsu`;
CREATE TABLE `m_staffshisetsu` (
  `localgovcode` char(3) NOT NULL default '',
  `staffid` varchar(16) NOT NULL default '',
  `shisetsucode` char(3) NOT NULL default '',
  `shitsujyocode` char(2) NOT NULL default '',
  `upddate` char(8) default NULL,
  `updtime` char(6) default NULL,
  `updid` varchar(16) default NULL,
  PRIMARY KEY  (`localgovcode`,`staffid`,`shisetsucode`,`shitsujyocode`),
  KEY `idx_1` (`localgovcode`,`staffid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Table structure for table `m_systemparameter`
--

DROP TABLE IF EXISTS `m_systemparameter`;
CREATE TABLE `m_systemparameter` (
  `localgovcode` char(3) NOT NULL default '',
  `localgovname` varchar(24) default NULL,
  `useridtype` char(1) NOT NULL default '0',
  `useridlng` smallint(6) NOT NULL default '0',
  `useridlngmin` smallint(6) NOT NULL default '0',
  `userid_size` smallint(6) NOT NULL default '8',
  `pwdtype` char(1) NOT NULL default '0',
  `pwdlng` smallint(6) NOT NULL default '0',
  `pwdlngmin` smallint(6) NOT NULL default '0',
  `pwd_size` smallint(6) NOT NULL default '8',
  `autouserid` varchar(9) default NULL,
  `autouseridlng` smallint(6) NOT NULL default '0',
  `autopwd` varchar(16) default NULL,
  `userpassautoflg` char(1) NOT NULL default '0',
  `homepageurl` varchar(160) default NULL,
  `topmenuurl` varchar(160) default NULL,
  `mobilemenuurl` varchar(160) default NULL,
  `mailsendflg` char(1) default NULL,
  `mailfromaddr` varchar(128) default NULL,
  `mailfromname` varchar(64) default NULL,
  `mailbccaddr` text,
  `mailhost` varchar(64) default NULL,
  `mailhostport` smallint(6) NOT NULL default '0',
  `mailhostuserid` varchar(64) default NULL,
  `mailhostuserpass` varchar(64) default NULL,
  `amfrom` char(4) default NULL,
  `amto` char(4) default NULL,
  `pmfrom` char(4) default NULL,
  `pmto` char(4) default NULL,
  `ntfrom` char(4) default NULL,
  `ntto` char(4) default NULL,
  `upddate` char(8) default NULL,
  `updtime` char(6) default NULL,
  `updid` varchar(16) default NULL,
  `loginkbn` char(1) NOT NULL default '0',
  `logintimefrom` char(4) NOT NULL default '0000',
  `logintimeto` char(4) NOT NULL default '2359',
  `lockoutflg` char(1) NOT NULL default '0',
  `lockout_count` smallint(6) NOT NULL default '5',
  `reentry_interval` smallint(6) NOT NULL default '30',
  `sitecloseflg` char(1) NOT NULL default '0',
  `siteclosemessage` text,
  `siteclosefrom` int(11) NOT NULL default '0',
  `sitecloseto` int(11) NOT NULL default '0',
  `mayorname` varchar(16) NOT NULL default '',
  `shisetsuclassscreenflg` char(1) NOT NULL default '0',
  `userlimitdispflg` char(1) NOT NULL default '0',
  `accesscontrolflg` char(1) NOT NULL default '0',
  `accesscontrolactionflg` char(1) NOT NULL default '0',
  `shisetsurestrictionflg` char(1) NOT NULL default '0',
  PRIMARY KEY  (`localgovcode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Table structure for table `m_user`
--

DROP TABLE IF EXISTS `m_user`;
CREATE TABLE `m_user` (
  `localgovcode` char(3) NOT NULL default '',
  `userid` varchar(128) NOT NULL default '',
  `pid` varchar(16) default NULL,
  `pwd` varchar(16) binary default NULL,
  `pwd2` varchar(128) binary default NULL,
  `temporaryid` varchar(16) default NULL,
  `yoyakukyokaflg` char(1) default NULL,
  `yoyakukyokaflgweb` char(1) default NULL,
  `nojiyu` varchar(200) default NULL,
  `loginflg` char(1) default NULL,
  `namesei` varchar(128) default '',
  `nameseikana` varchar(128) default '',
  `userareakbn` char(2) default NULL,
  `kojindankbn` char(1) default NULL,
  `hyoujimei` varchar(8) default NULL,
  `usekbn` char(2) default NULL,
  `gakuwariappflg` char(1) default NULL,
  `gakuwariapplimit` varchar(8) default NULL,
  `headnamesei` varchar(32) default '',
  `headnameseikana` varchar(64) default '',
  `contactname` varchar(32) default NULL,
  `contactnamekana` varchar(64) default NULL,
  `seibetsukbn` char(1) default NULL,
  `postno1` varchar(3) default '',
  `postno2` varchar(4) default '',
  `adr1` varchar(128) default '',
  `adr2` varchar(128) default '',
  `telno11` varchar(5) default '',
  `telno12` varchar(4) default '',
  `telno13` varchar(4) default '',
  `telno21` varchar(5) default '',
  `telno22` varchar(4) default '',
  `telno23` varchar(4) default '',
  `telno31` varchar(5) default '',
  `telno32` varchar(4) default '',
  `telno33` varchar(4) default '',
  `faxno1` varchar(5) default NULL,
  `faxno2` varchar(4) default NULL,
  `faxno3` varchar(4) default NULL,
  `mailadr` text,
  `mailsendflg` char(1) default '0',
  `nengoukbn` char(1) default NULL,
  `bdayyear` varchar(2) default NULL,
  `bdaymonth` varchar(2) default NULL,
  `bdayday` varchar(2) default NULL,
  `firstapplydate` char(8) default NULL,
  `firstentrydate` char(8) default NULL,
  `newapplydate` char(8) default NULL,
  `bankcode` varchar(8) NOT NULL default '0000',
  `bankbranchcode` varchar(8) NOT NULL default '000',
  `bankaccounttype` char(1) NOT NULL default '1',
  `bankaccountnum` varchar(16) default NULL,
  `bankaccountname` varchar(128) default NULL,
  `bankaccountkana` varchar(128) default NULL,
  `bankaccountsumflg` char(1) NOT NULL default '0',
  `registfee` decimal(9,2) NOT NULL default '0.00',
  `registfeestatus` char(1) NOT NULL default '0',
  `registfeedate` varchar(8) default NULL,
  `paystatus` char(1) NOT NULL default '0',
  `payconfdate` varchar(8) default NULL,
  `loginerr_count` smallint(6) NOT NULL default '0',
  `escapecnt` smallint(6) default '0',
  `shisetsu` text,
  `mainpurpose` varchar(80) default NULL,
  `purpose` text,
  `koukaikbn` char(1) default NULL,
  `userjyoutaikbn` char(1) default NULL,
  `stoperasedate` varchar(8) default NULL,
  `stopenddate` varchar(8) default NULL,
  `stoperasejiyu` varchar(80) default NULL,
  `katudogaiyou` varchar(200) default NULL,
  `kouseijinnin` smallint(6) default '0',
  `kaihijyouhou` varchar(40) default NULL,
  `katudodate` varchar(100) default NULL,
  `lecturerjyouhou` varchar(40) default NULL,
  `thanksjyouhou` varchar(40) default NULL,
  `bikou` text,
  `userlimit` varchar(8) default NULL,
  `cardid` text,
  `tourokubushocode` varchar(16) default NULL,
  `lastlogin` int(11) NOT NULL default '0',
  `notice` text,
  `notice_published` int(11) NOT NULL default '0',
  `notice_expired` int(11) NOT NULL default '0',
  `notice_flg` char(1) NOT NULL default '0',
  `upddate` char(8) default NULL,
  `updtime` char(6) default NULL,
  `updid` varchar(16) default NULL,
  `kouseijinmeisai1` smallint(6) default '0',
  `kouseijinmeisai2` smallint(6) default '0',
  `kouseijinmeisai3` smallint(6) default '0',
  `kouseijinmeisai4` smallint(6) default '0',
  `kouseijinmeisai5` smallint(6) default '0',
  `dantaikbn` char(2) default NULL,
  `optionkbn1` char(2) default NULL,
  `optionkbn2` char(2) default NULL,
  `optionkbn3` char(2) default NULL,
  `carduse` char(1) default '0',
  `userkubun` char(1) default '',
  `honninkakuninkubun` char(1) default '',
  PRIMARY KEY  (`localgovcode`,`userid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Table structure for table `m_usrgenmen`
--

DROP TABLE IF EXISTS `m_usrgenmen`;
CREATE TABLE `m_usrgenmen` (
  `localgovcode` char(3) NOT NULL default '',
  `userid` varchar(128) NOT NULL default '',
  `koteigencode` char(2) NOT NULL default '',
  `appday` char(8) default NULL,
  `limitday` char(8) default NULL,
  `keizokuflg` char(1) NOT NULL default '0',
  `upddate` char(8) default NULL,
  `updtime` char(6) default NULL,
  `updid` varchar(16) default NULL,
  PRIMARY KEY  (`localgovcode`,`userid`,`koteigencode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Table structure for table `t_bihinyoyaku`
--

DROP TABLE IF EXISTS `t_bihinyoyaku`;
CREATE TABLE `t_bihinyoyaku` (
  `localgovcode` char(3) NOT NULL default '',
  `yoyakunum` varchar(10) NOT NULL,
  `userid` varchar(128) NOT NULL default '',
  `yoyakudate` int(11) NOT NULL default '0',
  `usedatefrom` int(11) NOT NULL default '0',
  `usedateto` int(11) NOT NULL default '0',
  `rentdate` int(11) NOT NULL default '0',
  `returndate` int(11) NOT NULL default '0',
  `basefee` decimal(9,2) NOT NULL default '0.00',
  `tax` decimal(9,2) NOT NULL default '0.00',
  `billingfee` decimal(9,2) NOT NULL default '0.00',
  `receiptfee` decimal(9,2) NOT NULL default '0.00',
  `paylimitdate` int(11) NOT NULL default '0',
  `receiptdate` int(11) NOT NULL default '0',
  `paykbn` tinyint(3) unsigned NOT NULL default '0',
  `yoyakustatus` tinyint(4) NOT NULL default '0',
  `note` text,
  `shisetsuyoyakunum` varchar(10) default NULL,
  `upddate` int(11) NOT NULL default '0',
  `updid` varchar(16) default NULL,
  PRIMARY KEY  (`localgovcode`,`yoyakunum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Table structure for table `t_preset`
--

DROP TABLE IF EXISTS `t_preset`;
CREATE TABLE `t_preset` (
  `userid` varchar(128) NOT NULL default '',
  `localgovcode` char(3) NOT NULL default '',
  `shisetsucode` char(3) NOT NULL default '',
  `shitsujyocode` char(2) NOT NULL default '',
  `appdatefrom` char(8) NOT NULL,
  `mencode` char(2) NOT NULL,
  `combino` tinyint(3) unsigned NOT NULL default '0',
  `tourokuno` int(10) unsigned NOT NULL,
  PRIMARY KEY  (`userid`,`localgovcode`,`shisetsucode`,`shitsujyocode`,`appdatefrom`,`mencode`,`tourokuno`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Table structure for table `t_pulloutyoyaku`
--

DROP TABLE IF EXISTS `t_pulloutyoyaku`;
CREATE TABLE `t_pulloutyoyaku` (
  `localgovcode` char(3) NOT NULL default '',
  `shisetsucode` char(3) NOT NULL default '',
  `shitsujyocode` char(2) NOT NULL default '',
  `mencode` char(2) NOT NULL default '',
  `combino` tinyint(3) unsigned NOT NULL default '0',
  `usedate` char(8) NOT NULL default '',
  `usetimefrom` char(6) NOT NULL default '',
  `userid` varchar(128) NOT NULL default '',
  `usetimeto` char(6) NOT NULL default '',
  `pulloutukedate` char(8) NOT NULL default '',
  `pulloutuketime` char(6) NOT NULL default '',
  `pulloutyoyakunum` varchar(10) NOT NULL default '',
  `komasu` smallint(6) NOT NULL default '0',
  `baseshisetsufee` decimal(9,2) NOT NULL default '0.00',
  `shisetsufee` decimal(9,2) NOT NULL default '0.00',
  `shisetsutax` decimal(9,2) NOT NULL default '0.00',
  `pulloutjisshidate` char(8) default NULL,
  `pulloutjisshitime` char(4) default NULL,
  `pulloutjoukyoukbn` char(1) default NULL,
  `pulloutfixflg` char(1) default NULL,
  `sendmaildate` varchar(8) default NULL,
  `bikou` text,
  `mokutekicode` char(2) default NULL,
  `usekbn` char(2) default NULL,
  `daikouid` varchar(16) default NULL,
  `hitfixappdate` varchar(8) default NULL,
  `hitfixapptime` varchar(6) default NULL,
  `upddate` char(8) default NULL,
  `updtime` char(6) default NULL,
  `updid` varchar(16) default NULL,
  PRIMARY KEY  (`localgovcode`,`shisetsucode`,`shitsujyocode`,`mencode`,`usedate`,`usetimefrom`,`userid`,`usetimeto`,`pulloutukedate`,`pulloutuketime`),
  KEY `idx_1` (`localgovcode`,`pulloutyoyakunum`),
  KEY `idx_2` (`localgovcode`,`shisetsucode`,`shitsujyocode`),
  KEY `idx_3` (`localgovcode`,`usedate`),
  KEY `idx_4` (`localgovcode`,`userid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Table structure for table `t_staffbbs`
--

DROP TABLE IF EXISTS `t_staffbbs`;
CREATE TABLE `t_staffbbs` (
  `seqno` int(10) unsigned NOT NULL default '0',
  `localgovcode` char(3) NOT NULL default '',
  `shisetsucode` char(3) NOT NULL default '',
  `title` varchar(128) default NULL,
  `memo` text,
  `staffid` varchar(16) NOT NULL default '',
  `deleteflg` char(1) NOT NULL default '0',
  `created` int(11) NOT NULL default '0',
  `published` int(11) NOT NULL default '0',
  `expired` int(11) NOT NULL default '0',
  `updated` int(11) NOT NULL default '0',
  `updid` varchar(16) default NULL,
  PRIMARY KEY  (`seqno`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Table structure for table `t_unregister`
--

DROP TABLE IF EXISTS `t_unregister`;
CREATE TABLE `t_unregister` (
  `yoyakunum` varchar(10) NOT NULL default '',
  `username` varchar(128) default NULL,
  `address` varchar(128) default NULL,
  `telno` varchar(16) default NULL,
  `contactno` varchar(16) default NULL,
  `upddate` char(8) default NULL,
  `updtime` char(6) default NULL,
  `updid` varchar(16) default NULL,
  PRIMARY KEY  (`yoyakunum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Table structure for table `t_yoyaku`
--

DROP TABLE IF EXISTS `t_yoyaku`;
CREATE TABLE `t_yoyaku` (
  `localgovcode` char(3) NOT NULL default '',
  `shisetsucode` char(3) NOT NULL default '',
  `shitsujyocode` char(2) NOT NULL default '',
  `mencode` char(2) NOT NULL default '',
  `combino` tinyint(3) unsigned NOT NULL default '0',
  `usedatefrom` char(8) NOT NULL default '',
  `usetimefrom` char(6) NOT NULL default '',
  `usetimeto` char(6) default NULL,
  `yoyakunum` varchar(10) NOT NULL default '',
  `userid` varchar(128) NOT NULL default '',
  `komasu` smallint(6) NOT NULL default '0',
  `baseshisetsufee` decimal(9,2) NOT NULL default '0.00',
  `shisetsufee` decimal(9,2) NOT NULL default '0.00',
  `shisetsutax` decimal(9,2) NOT NULL default '0.00',
  `shisetsupaylimitdate` varchar(8) default NULL,
  `utensinflg` char(1) default NULL,
  `honyoyakukbn` char(2) default NULL,
  `karishinsaid` varchar(16) default NULL,
  `shinsakbn` char(1) default NULL,
  `shinsareason` varchar(100) default NULL,
  `shinsadate` varchar(8) default NULL,
  `useukeflg` char(1) default NULL,
  `escapeflg` char(1) default NULL,
  `bikou` text,
  `yoyakukbn` char(2) default NULL,
  `yoyakuname` varchar(128) default NULL,
  `mokutekicode` char(2) default NULL,
  `usekbn` char(2) default NULL,
  `daikouid` varchar(16) default NULL,
  `appdate` char(8) default NULL,
  `apptime` char(6) default NULL,
  `canceljiyucode` varchar(3) default NULL,
  `cancelstaffid` varchar(16) default NULL,
  `upddate` char(8) default NULL,
  `updtime` char(6) default NULL,
  `updid` varchar(16) default NULL,
  PRIMARY KEY  (`localgovcode`,`shisetsucode`,`shitsujyocode`,`mencode`,`usedatefrom`,`usetimefrom`,`userid`),
  KEY `idx_1` (`localgovcode`,`yoyakunum`),
  KEY `idx_2` (`localgovcode`,`shisetsucode`,`shitsujyocode`),
  KEY `idx_3` (`localgovcode`,`userid`),
  KEY `idx_4` (`localgovcode`,`shisetsucode`,`honyoyakukbn`),
  KEY `idx_5` (`localgovcode`,`shisetsucode`,`shitsujyocode`,`mencode`,`usedatefrom`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Table structure for table `t_yoyakufeeuketsuke`
--

DROP TABLE IF EXISTS `t_yoyakufeeuketsuke`;
CREATE TABLE `t_yoyakufeeuketsuke` (
  `localgovcode` char(3) NOT NULL default '',
  `shisetsucode` char(3) NOT NULL default '',
  `receptdate` char(8) default NULL,
  `uketime` char(6) default NULL,
  `yoyakunum` varchar(10) NOT NULL default '',
  `receptnum` char(2) NOT NULL default '',
  `userid` varchar(128) default NULL,
  `shisetsufee` decimal(9,2) NOT NULL default '0.00',
  `bihinfee` decimal(9,2) NOT NULL default '0.00',
  `cancelfee` decimal(9,2) NOT NULL default '0.00',
  `tax` decimal(9,2) NOT NULL default '0.00',
  `cash` decimal(9,2) NOT NULL default '0.00',
  `chg` decimal(9,2) NOT NULL default '0.00',
  `ticket` decimal(9,2) NOT NULL default '0.00',
  `kouzafurikomi` decimal(9,2) NOT NULL default '0.00',
  `others` decimal(9,2) NOT NULL default '0.00',
  `jyutou` decimal(9,2) NOT NULL default '0.00',
  `kinshucode` char(2) default NULL,
  `paystatus` char(1) NOT NULL default '0',
  `receptid` varchar(16) default NULL,
  `receptplace` char(3) default NULL,
  `upddate` char(8) default NULL,
  `updtime` char(6) default NULL,
  `updid` varchar(16) default NULL,
  PRIMARY KEY  (`localgovcode`,`shisetsucode`,`yoyakunum`,`receptnum`),
  KEY `idx_1` (`localgovcode`,`yoyakunum`),
  KEY `idx_2` (`localgovcode`,`receptdate`,`yoyakunum`,`receptnum`,`userid`),
  KEY `idx_3` (`localgovcode`,`userid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Table structure for table `t_yoyakukanpujyutou`
--

DROP TABLE IF EXISTS `t_yoyakukanpujyutou`;
CREATE TABLE `t_yoyakukanpujyutou` (
  `localgovcode` char(3) NOT NULL default '',
  `yoyakunum` varchar(10) NOT NULL default '',
  `uketsukeno` int(11) NOT NULL default '1',
  `status` tinyint(1) NOT NULL default '0',
  `fee` decimal(9,2) NOT NULL default '0.00',
  `kinshucode` char(2) default NULL,
  `cancelflg` tinyint(1) NOT NULL default '0',
  `kanpujyutoudate` date default NULL,
  `destyoyakunum` varchar(10) default NULL,
  `bikou` text,
  `receiptdatetime` datetime default NULL,
  `receiptstaffid` varchar(16) default NULL,
  `canceldatetime` datetime default NULL,
  `cancelstaffid` varchar(16) default NULL,
  PRIMARY KEY  (`localgovcode`,`yoyakunum`,`uketsukeno`),
  KEY `idx_1` (`localgovcode`,`yoyakunum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
