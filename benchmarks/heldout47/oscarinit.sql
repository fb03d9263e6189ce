-- source: junoemr/junoemr database/mysql/oscarinit.sql @ 2ab90be9662bd64ce76f4fb515e9c6856541b2c8 (subset: the first 31 table definitions, characters 0-15724 of 369073)
CREATE TABLE `surveyData` (
  surveyDataId int(10) NOT NULL auto_increment,
  surveyId varchar(5) default NULL,
  demographic_no int(10) default NULL,
  provider_no varchar(6) default NULL,
  status char(2) default NULL,
  survey_date date default NULL,
  answer varchar(10) default NULL,
  processed int(10) default NULL,
  INDEX `surveyId_index` (surveyId(5)),
  INDEX `demographic_no_index` (demographic_no),
  INDEX `provider_no_index` (provider_no(6)),
  INDEX `status_index` (status(2)),
  INDEX `survey_date_index` (survey_date),
  INDEX `answer_index` (answer(10)),
  INDEX `processed_index` (processed),
  PRIMARY KEY  (`surveyDataId`)
) ;

--
-- Table structure for table `FaxClientLog`
--

CREATE TABLE FaxClientLog (
  faxLogId int(9) NOT NULL auto_increment,
  provider_no varchar(6) default NULL,
  startTime datetime default NULL,
  endTime datetime default NULL,
  result varchar(255) default NULL,
  requestId varchar(10) default NULL,
  faxId varchar(10) default NULL,
  PRIMARY KEY  (faxLogId)
) ;

--
-- Table structure for table `allergies`
--

CREATE TABLE allergies (
  allergyid int(10) NOT NULL auto_increment,
  demographic_no int(10) NOT NULL default '0',
  entry_date date default NULL,
  DESCRIPTION varchar(50) NOT NULL default '',
  HICL_SEQNO int(6) default NULL,
  HIC_SEQNO int(6) default NULL,
  AGCSP int(6) default NULL,
  AGCCS int(6) default NULL,
  TYPECODE tinyint(4) NOT NULL default '0',
  reaction text,
  drugref_id varchar(100) default NULL,
  archived char(1) default '0',
  start_date date default NULL,
  age_of_onset char(4) default '0',
  severity_of_reaction char(1) default '0',
  onset_of_reaction char(1) default '0',
  regional_identifier varchar(100),
  life_stage char(1),
  position int(10) not null,
  lastUpdateDate datetime not null,
  providerNo varchar(6),
  PRIMARY KEY  (allergyid)
) ;

--
-- Table structure for table `appointment`
--

CREATE TABLE appointment (
  appointment_no int(12) NOT NULL auto_increment,
  provider_no varchar(6) NOT NULL default '',
  appointment_date date NOT NULL default '0001-01-01',
  start_time time NOT NULL default '00:00:00',
  end_time time NOT NULL default '00:00:00',
  name varchar(50) default NULL,
  demographic_no int(10) default NULL,
  program_id int default 0,
  notes varchar(255),
  reasonCode INT(11),
  reason varchar(80) default NULL,
  location varchar(30) default NULL,
  resources varchar(255) default NULL,
  type varchar(50) NULL,
  style varchar(10) default NULL,
  billing varchar(10) default NULL,
  status char(2) BINARY default NULL,
  imported_status varchar(20),
  createdatetime datetime default NULL,
  updatedatetime datetime default NULL,
  creator varchar(50) default NULL,
  lastupdateuser varchar(6) default NULL,
  remarks varchar(50) default NULL,
  urgency varchar(30),
  creatorSecurityId int,
  bookingSource varchar(32),
  PRIMARY KEY  (appointment_no),
  KEY appointment_date (appointment_date,start_time,demographic_no),
  KEY demographic_no (demographic_no),
  KEY location (location)
) ;

--
-- Table structure for table batchEligibility
--
CREATE TABLE batchEligibility(
  responseCode int(9) NOT NULL ,
  MOHResponse varchar(100) NOT NULL,
  reason varchar(255) NOT NULL,
  PRIMARY KEY  (responseCode)
) ;

--
-- Table structure for table `billactivity`
--

CREATE TABLE billactivity (
  id int(10) NOT NULL auto_increment primary key,
  monthCode char(1) default NULL,
  batchcount int(3) default NULL,
  htmlfilename varchar(50) default NULL,
  ohipfilename varchar(50) default NULL,
  providerohipno varchar(6) default NULL,
  groupno varchar(6) default NULL,
  creator varchar(6) default NULL,
  htmlcontext mediumtext,
  ohipcontext mediumtext,
  claimrecord varchar(10) default NULL,
  updatedatetime datetime default NULL,
  status char(1) default NULL,
  total varchar(20) default NULL,
  sentdate datetime
) ;

--
-- Table structure for table `billcenter`
--

CREATE TABLE billcenter (
  billcenter_code char(2) NOT NULL,
  billcenter_desc varchar(20) default NULL,
  primary key(billcenter_code)
) ;

--
-- Table structure for table `billing`
--

CREATE TABLE billing (
  billing_no int(10) NOT NULL auto_increment,
  clinic_no int(10) NOT NULL default '0',
  demographic_no int(10) NOT NULL default '0',
  provider_no varchar(6) NOT NULL default '',
  appointment_no int(12) default NULL,
  organization_spec_code varchar(6) default NULL,
  demographic_name varchar(60) default NULL,
  hin varchar(12) default NULL,
  update_date date default NULL,
  update_time time default NULL,
  billing_date date default NULL,
  billing_time time default NULL,
  clinic_ref_code varchar(10) default NULL,
  content text,
  total varchar(6) default NULL,
  status char(1) default NULL,
  dob varchar(8) default NULL,
  visitdate date default NULL,
  visittype char(2) default NULL,
  provider_ohip_no varchar(20) default NULL,
  provider_rma_no varchar(20) default NULL,
  apptProvider_no varchar(6) default NULL,
  asstProvider_no varchar(6) default NULL,
  creator varchar(6) default NULL,
  billingtype varchar(4) default 'MSP',
  PRIMARY KEY  (billing_no),
  KEY appointment_no (appointment_no,demographic_no),
  KEY demographic_no (demographic_no),
  KEY billing_date (billing_date),
  KEY provider_no (provider_no),
  KEY provider_ohip_no (provider_ohip_no),
  KEY apptProvider_no (apptProvider_no),
  KEY creator (creator),
  KEY status (status)
) ;

--
-- Table structure for table `billingdetail`
--

CREATE TABLE billingdetail (
  billing_dt_no int(10) NOT NULL auto_increment,
  billing_no int(10) NOT NULL default '0',
  service_code varchar(5) default NULL,
  service_desc varchar(255) default NULL,
  billing_amount varchar(6) default NULL,
  diagnostic_code char(3) default NULL,
  appointment_date date default NULL,
  status char(1) default NULL,
  billingunit char(2) default NULL,
  PRIMARY KEY  (billing_dt_no),
  KEY billingno (billing_no)
) ;

--
-- Table structure for table `billinginr`
--

CREATE TABLE billinginr (
  billinginr_no int(10) NOT NULL auto_increment,
  demographic_no int(10) NOT NULL default '0',
  demographic_name varchar(60) NOT NULL default '',
  hin varchar(12) default NULL,
  dob varchar(8) default NULL,
  provider_no varchar(10) default NULL,
  provider_ohip_no varchar(20) default NULL,
  provider_rma_no varchar(20) default NULL,
  creator varchar(6) default NULL,
  diagnostic_code char(3) default NULL,
  service_code varchar(6) default NULL,
  service_desc varchar(255) default NULL,
  billing_amount varchar(6) default NULL,
  billing_unit char(1) default NULL,
  createdatetime datetime NOT NULL default '0001-01-01 00:00:00',
  status char(1) default NULL,
  PRIMARY KEY  (billinginr_no)
) ;

--
-- Table structure for table `billingservice`
--

CREATE TABLE billingservice (
  billingservice_no int(10) NOT NULL auto_increment,
  service_compositecode varchar(30) default NULL,
  service_code varchar(10) default NULL,
  description text,
  value varchar(8) default NULL,
  percentage varchar(8) default NULL,
  billingservice_date date default NULL,
  specialty varchar(15) default NULL,
  region varchar(5) default NULL,
  anaesthesia char(2) default NULL,
  termination_date date default '9999-12-31',
  displaystyle int(10),
  sliFlag TINYINT(1) NOT NULL default 0,
  gstFlag tinyint(1) NOT NULL default 0,
  PRIMARY KEY  (billingservice_no),
  KEY billingservice_service_code_index (service_code)
) ;

--
-- Table structure for table `clinic`
--

CREATE TABLE clinic (
  clinic_no int(10) NOT NULL auto_increment,
  clinic_name varchar(100) default NULL,
  clinic_address varchar(60) default '',
  clinic_city varchar(40) default '',
  clinic_postal varchar(15) default '',
  clinic_phone varchar(50) default NULL,
  clinic_fax varchar(20) default '',
  clinic_location_code varchar(10) default NULL,
  status char(1) default NULL,
  clinic_province varchar(40) default NULL,
  clinic_delim_phone text,
  clinic_delim_fax text,
  PRIMARY KEY  (clinic_no)
) ;

--
-- Table structure for table `clinic_location`
--

CREATE TABLE clinic_location (
  id int(10) NOT NULL auto_increment,
  clinic_location_no varchar(15) NOT NULL default '',
  clinic_no int(10) NOT NULL default '0',
  clinic_location_name varchar(40) default NULL,
  PRIMARY KEY  (id)
) ;

--
-- Table structure for table `config_Immunization`
--

CREATE TABLE config_Immunization (
  setId int(10) NOT NULL auto_increment,
  setName varchar(255) default NULL,
  setXmlDoc text,
  createDate date default NULL,
  providerNo varchar(6) default NULL,
  archived tinyint(1) NOT NULL default '0',
  PRIMARY KEY  (setId)
) ;

--
-- Table structure for table `consultationRequests`
--

CREATE TABLE consultationRequests (
  referalDate date default NULL,
  serviceId int(10) default NULL,
  specId int(10) default NULL,
  appointmentDate date default NULL,
  appointmentTime time default NULL,
  reason text,
  clinicalInfo text,
  currentMeds text,
  allergies text,
  providerNo varchar(6) default NULL,
  demographicNo int(10) default NULL,
  status char(2) default NULL,
  statusText text,
  sendTo varchar(20) default NULL,
  requestId int(10) NOT NULL auto_increment,
  concurrentProblems text,
  urgency char(2) default NULL,
  patientWillBook tinyint(1),
  followUpDate date default NULL,
  site_name varchar(255),
  signature_img VARCHAR(20),
  letterheadName VARCHAR(20),
  letterheadAddress TEXT,
  letterheadPhone VARCHAR(50),
  letterheadFax VARCHAR(50),
  `lastUpdateDate` datetime not null,
  fdid int(10),
  source varchar(50),
  PRIMARY KEY  (requestId)
) ;

--
-- Table structure for table `consultationServices`
--

CREATE TABLE consultationServices (
  serviceId int(10) NOT NULL auto_increment,
  serviceDesc varchar(255) default NULL,
  active char(2) default NULL,
  PRIMARY KEY  (serviceId)
) ;

--
-- Table structure for table `consultationResponse`
--

CREATE TABLE consultationResponse (
  responseId int(10) NOT NULL auto_increment,
  responseDate date,
  referralDate date,
  referringDocId int(10),
  appointmentDate date,
  appointmentTime time,
  appointmentNote text,
  referralReason text,
  examination text,
  impression text,
  plan text,
  clinicalInfo text,
  currentMeds text,
  allergies text,
  providerNo varchar(6),
  demographicNo int(10),
  status char(2),
  sendTo varchar(20),
  concurrentProblems text,
  urgency char(2),
  followUpDate date,
  signatureImg VARCHAR(20),
  letterheadName VARCHAR(20),
  letterheadAddress TEXT,
  letterheadPhone VARCHAR(50),
  letterheadFax VARCHAR(50),
  PRIMARY KEY  (responseId)
) ;

--
-- CREATE TABLE consultResponseDoc
--
CREATE TABLE `consultResponseDoc` (
  `id` int(10) NOT NULL auto_increment PRIMARY KEY,
  `responseId` int(10) NOT NULL,
  `documentNo` int(10) NOT NULL,
  `docType` char(1) NOT NULL,
  `deleted` char(1), 
  `attachDate` date,
  `providerNo` varchar(6) NOT NULL
);

--
-- Table structure for table `ctl_billingservice`
--

CREATE TABLE ctl_billingservice (
  id int(10) not null auto_increment primary key,
  servicetype_name varchar(150) default NULL,
  servicetype varchar(10) default NULL,
  service_code varchar(10) default NULL,
  service_group_name varchar(30),
  service_group varchar(30),
  status char(1) default NULL,
  service_order int(4) default NULL
) ;

--
-- Table structure for table `ctl_billingservice_premium`
--

CREATE TABLE ctl_billingservice_premium (
  id int(10) not null auto_increment primary key,
  servicetype_name varchar(150) default '',
  service_code varchar(10) default '',
  status char(1) default '',
  update_date date default NULL
) ;

--
-- Table structure for table `ctl_diagcode`
--

CREATE TABLE ctl_diagcode (
  id int(10) not null auto_increment primary key,
  servicetype varchar(10) default NULL,
  diagnostic_code varchar(5) default NULL,
  status char(1) default NULL
) ;

--
-- Table structure for table `ctl_doctype`
--

CREATE TABLE ctl_doctype (
  id int(10) not null auto_increment primary key,
  module varchar(30) NOT NULL default '',
  doctype varchar(60) NOT NULL default '',
  status char(1) default NULL
) ;

--
-- Table structure for table `ctl_doc_class`
--

CREATE TABLE ctl_doc_class (
  id integer auto_increment primary key,
  reportclass varchar(60) not null,
  subclass varchar(60) not null
);

--
-- Table structure for table `ctl_document`
--

CREATE TABLE ctl_document (
  module varchar(30) NOT NULL default '',
  module_id int(6) NOT NULL default '0',
  document_no int(6) NOT NULL default '0',
  status char(1) default NULL,
  KEY (module),
  KEY (document_no),
  PRIMARY KEY (module_id,module,document_no)
) ;

--
-- Table structure for table `ctl_frequency`
--

CREATE TABLE ctl_frequency (
  freqid tinyint(4) NOT NULL auto_increment,
  freqcode varchar(8) NOT NULL default '',
  dailymin varchar(5) NOT NULL default '0',
  dailymax varchar(5) NOT NULL default '0',
  PRIMARY KEY  (freqid)
) ;



--
-- Table structure for table `ctl_specialinstructions`
--

CREATE TABLE ctl_specialinstructions (
  id tinyint(4) NOT NULL auto_increment,
  description varchar(50) NOT NULL default '',
  PRIMARY KEY  (id)
) ;

--
-- Table structure for table `demographic`
--

CREATE TABLE demographic (
  demographic_no int(10) NOT NULL auto_increment,
  title varchar(10),
  last_name varchar(30) NOT NULL default '',
  first_name varchar(30) NOT NULL default '',
  address varchar(60),
  city varchar(50),
  province varchar(20),
  postal varchar(9),
  phone varchar(20),
  phone2 varchar(20),
  email varchar(100),
  myOscarUserName varchar(255) unique,
  year_of_birth varchar(4),
  month_of_birth varchar(2),
  date_of_birth varchar(2),
  hin varchar(20),
  ver char(3),
  roster_status varchar(20),
  roster_date date,
  roster_termination_date date,
  roster_termination_reason varchar(2),
  patient_status varchar(20),
  patient_status_date date,
  date_joined date,
  chart_no varchar(10),
  official_lang varchar(60),
  spoken_lang varchar(60),
  provider_no varchar(250),
  sex char(1) NOT NULL default '',
  end_date date,
  eff_date date,
  pcn_indicator varchar(20),
  hc_type varchar(20),
  hc_renew_date date,
  family_doctor varchar(80),
  alias varchar(70),
  previousAddress varchar(255),
  children varchar(255),
  sourceOfIncome varchar(255),
  citizenship varchar(40),
  sin varchar(15),
  country_of_origin char(4),
  newsletter varchar(32),
  anonymous varchar(32),
  lastUpdateUser varchar(6),
  lastUpdateDate datetime not null,
  PRIMARY KEY  (demographic_no),
  KEY hin (hin),
  KEY name (last_name,first_name),
  KEY `country_of_origin` (`country_of_origin`)
);

--
-- Table structure for table `demographicaccessory`
--

CREATE TABLE demographicaccessory (
  demographic_no int(10) NOT NULL default '0',
  content text,
  PRIMARY KEY  (demographic_no)
) ;

--
-- Table structure for table `demographiccust`
--

CREATE TABLE demographiccust (
  demographic_no int(10) NOT NULL default '0',
  cust1 varchar(255) default NULL,
  cust2 varchar(255) default NULL,
  cust3 varchar(255) default NULL,
  cust4 varchar(255) default NULL,
  content text,
  PRIMARY KEY  (demographic_no),
  KEY cust1 (cust1),
  KEY cust2 (cust2),
  KEY cust3 (cust3),
  KEY cust4 (cust4)
) ;

--
-- Table structure for table `demographiccustArchive`
--

CREATE TABLE demographiccustArchive (
  id int(10) AUTO_INCREMENT,
  demographic_no int(10) NOT NULL,
  cust1 varchar(255),
  cust2 varchar(255),
  cust3 varchar(255),
  cust4 varchar(255),
  content text,
  PRIMARY KEY  (id)
) ;

--
-- Table structure for table `demographicstudy`
--

CREATE TABLE demographicstudy (
  demographic_no int(10) NOT NULL default '0',
  study_no int(3) NOT NULL default '0',
  provider_no varchar(6) NOT NULL default '',
  timestamp timestamp NOT NULL,
  PRIMARY KEY  (demographic_no,study_no)
) ;
