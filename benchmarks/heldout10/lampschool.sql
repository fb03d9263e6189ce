-- source: scaforchio/LAMPSchool install/sql/release/2026.2.sql @ 56ef991380d465d8cfa24c305a2d891d4f1524bc (LAMPSchool, Italian electronic school register, AGPL-3.0 per README "Licenza"); 52 of its CREATE TABLE statements verbatim (the SET line, the curriculum / exam-subject / menu / dictionary tables, the repeated second tbl_assenze, every ALTER TABLE (keys, the columns tbl_utenti gains by ALTER) and every INSERT dropped)

CREATE TABLE IF NOT EXISTS tbl_alunni (
  idalunno int(11),
  cognome varchar(30) DEFAULT '',
  nome varchar(30) DEFAULT '',
  datanascita date DEFAULT NULL,
  sesso char(1) DEFAULT NULL,
  codfiscale varchar(16),
  certificato tinyint(1) DEFAULT '0',
  codmeccanografico char(20) DEFAULT NULL,
  idcomnasc int(11) DEFAULT '0',
  indirizzo varchar(60) DEFAULT NULL,
  idcomres int(11) DEFAULT '0',
  telefono varchar(15) DEFAULT NULL,
  telcel varchar(25) DEFAULT NULL,
  email varchar(100) DEFAULT NULL,
  email2 varchar(100) DEFAULT NULL,
  idclasse int(11) DEFAULT '0',
  idclasseesame INT(11) NULL DEFAULT '0',
  autentrata varchar(100) DEFAULT NULL,
  autuscita varchar(100) DEFAULT NULL,
  idtutore int(11) DEFAULT '0',
  idutente int(11) DEFAULT '0',
  idesterno varchar(16) DEFAULT NULL,
  pwesterna varchar(16) DEFAULT NULL,
  note varchar(50) DEFAULT '',
  numeroregistro char(20) DEFAULT NULL,
  provenienza char(50) DEFAULT NULL,
  titoloammissione char(50) DEFAULT NULL,
  sequenzaiscrizione int(1) DEFAULT '1',
  firmapropria tinyint(1) DEFAULT '0',
  autuscitaantclasse tinyint(1) DEFAULT '0',
  autorizzazioni text,
  oraultimamodifica timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
  ) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_amministrativi (
  idamministrativo int(11),
  cognome varchar(30) DEFAULT '',
  nome varchar(30) DEFAULT '',
  datanascita date DEFAULT NULL,
  idcomnasc int(11) DEFAULT '0',
  indirizzo varchar(30) DEFAULT NULL,
  idcomres int(11) DEFAULT '0',
  telefono varchar(15) DEFAULT NULL,
  telcel varchar(15) DEFAULT NULL,
  email varchar(50) DEFAULT NULL,
  idutente int(11) DEFAULT '0'
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_annotazioni (
  idannotazione int(11),
  idclasse int(11),
  iddocente int(11),
  data date,
  testo text,
  visibilitagenitori boolean DEFAULT 0,
  visibilitaalunni boolean DEFAULT 0,
  oraultmod timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE tbl_assemblee (
  idassemblea int(11),
  idclasse int(11),
  datarichiesta date,
  dataassemblea date,
  orainizio int(2),
  orafine int(2),
  docenteconcedente1 int(11) DEFAULT '0',
  docenteconcedente2 int(11) DEFAULT '0',
  concesso1 tinyint(1) DEFAULT '0',
  concesso2 tinyint(1) DEFAULT '0',
  docenteautorizzante int(11) DEFAULT '0',
  autorizzato tinyint(1) DEFAULT '0',
  docentepresente1 int(11) DEFAULT '0',
  docentepresente2 int(11) DEFAULT '0',
  idmateria1 int(11),
  idmateria2 int(11),
  rappresentante1 int(11) DEFAULT '0',
  rappresentante2 int(11) DEFAULT '0',
  alunnopresidente int(11) DEFAULT '0',
  alunnosegretario int(11) DEFAULT '0',
  oratermine time,
  verbale text,
  visione_verbale tinyint(1) DEFAULT '0',
  commenti_verbale text,
  rapportoperdirigente text,
  docente_visione int(11) DEFAULT '0',
  note text,
  consegna_verbale tinyint(1),
  odg text
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_assenze (
  idassenza int(11),
  idalunno int(11) DEFAULT '0',
  data date DEFAULT NULL,
  giustifica tinyint(1),
  iddocentegiust int(11) DEFAULT NULL,
  datagiustifica date DEFAULT NULL,
  oraultmod timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  dataammonizione date DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_asslezione (
  idassenzalezione int(11),
  idalunno int(11),
  idlezione int(11),
  idmateria int(11),
  data date,
  oreassenza smallint(6),
  forzata tinyint(1) DEFAULT '0',
  giustifica tinyint(1) DEFAULT '0',
  iddocentegiust int(11) DEFAULT NULL,
  datagiustifica date DEFAULT NULL,
  oraultmod timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_avvisi (
  idavviso int(11),
  oggetto varchar(80),
  testo mediumblob,
  destinatari varchar(10),
  inizio date,
  fine date
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_cambiamenticlasse (
  idcambiamentoclasse int(11),
  idalunno int(11),
  idclasse int(11),
  datafine date,
  dataultimamodifica timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='Contiene la cronologia dei cambiamenti di classe degli alunni';

CREATE TABLE IF NOT EXISTS tbl_cattnosupp (
  idcattedra int(11),
  iddocente int(11) DEFAULT '0',
  idmateria int(11) DEFAULT '0',
  idclasse int(11) DEFAULT '0',
  idalunno int(11) DEFAULT '0'
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE tbl_certcompvalutazioni (
  idccv int(11) NOT NULL,
  idalunno int(11) DEFAULT NULL,
  idccc int(11) DEFAULT NULL,
  idccl int(11) DEFAULT NULL,
  giud varchar(512) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE tbl_certcompproposte (
  idccp int(11) NOT NULL,
  idalunno int(11) DEFAULT NULL,
  iddocente int(11) DEFAULT NULL, 
  idccc int(11) DEFAULT NULL,
  idccl int(11) DEFAULT NULL,
  giud varchar(512) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_classi (
  idclasse int(11),
  anno int(11) DEFAULT '0',
  sezione char(1) DEFAULT '',
  specializzazione varchar(50) DEFAULT NULL,
  oresett int(11),
  idcoordinatore int(11) DEFAULT '0',
  rappresentante1 int(11) DEFAULT '0',
  rappresentante2 int(11) DEFAULT '0',
  idmoodle char(5) DEFAULT '',
  aprifila1 int(11) DEFAULT 0,
  aprifila2 int(11) DEFAULT 0,
  chiudifila1 int(11) DEFAULT 0,
  chiudifila2 int(11) DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_comuni (
  idcomune int(11),
  denominazione varchar(30) DEFAULT '',
  codiceistat int(11) DEFAULT NULL,
  statoestero varchar(1) DEFAULT NULL,
  codcatastale varchar(4)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_confermatelegram (
  idutente int(11),
  tokendiconferma char(200),
  oraultmod timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_consorientativi (
  idalunno int(11),
  consiglioorientativo text,
   oraultmod timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_deroghe (
  idderoga int(11),
  data date,
  idalunno int(11),
  motivo char(200),
  numeroore int(1) DEFAULT '0'
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_diffusionecircolari (
  iddiffusionecircolare int(11),
  idcircolare int(11),
  idutente int(11) DEFAULT '0',
  datalettura date DEFAULT NULL,
  dataconfermalettura date DEFAULT NULL,
  ultimamodifica timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_docenti (
  iddocente int(11),
  cognome varchar(30) DEFAULT '',
  nome varchar(30) DEFAULT '',
  datanascita date DEFAULT NULL,
  idcomnasc int(11) DEFAULT '0',
  indirizzo varchar(30) DEFAULT NULL,
  idcomres int(11) DEFAULT '0',
  telefono varchar(15) DEFAULT NULL,
  telcel varchar(15) DEFAULT NULL,
  email varchar(50) DEFAULT NULL,
  idutente int(11) DEFAULT '0',
  sostegno tinyint(1) DEFAULT '0',
  nummaxcolloqui tinyint(1) DEFAULT '5',
  gestoremoodle tinyint(1) DEFAULT '0',
  collegamentowebex char(255) DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_documenti (
  iddocumento int(11),
  idmateria int(11),
  idclasse int(11),
  iddocente int(11),
  idalunno int(11),
  idtipodocumento int(11),
  pei tinyint(1) DEFAULT NULL,
  datadocumento date,
  descrizione varchar(255),
  docbin mediumblob,
  docmd5 varchar(64),
  docnome varchar(255),
  docsize varchar(50),
  doctype varchar(50),
  ultimamodifica timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_esiti (
  idesito int(11),
  idalunno int(11),
  idclasse int(11),
  esito int(11),
  integrativo int(11) DEFAULT '0',
  media decimal(4,2) DEFAULT NULL,
  validita int(11) DEFAULT '1' COMMENT '1 - valido, 2 - deroga, 3 - non valido',
  creditotot int(2) DEFAULT NULL,
  credito int(2) DEFAULT NULL,
  votoammissione int(2) DEFAULT NULL,
  ultimamodifica timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_escommissioni (
  idescommissione int(11),
  denominazione char(30),
  nomepresidente char(30),
  cognomepresidente char(30),
  idsegretario int(11)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_esesiti (
  idalunno int(11),
  votoammissione int(2),
  votom1 int(2),
  votom2 int(2),
  votom3 int(2),
  votom4 int(2),
  votom5 int(2),
  votom6 int(2),
  votom7 int(2),
  votom8 int(2),
  votom9 int(2),
  votoorale int(2),
  mediascrcolloq decimal(4,2),
  mediafinale decimal(4,2),
  votofinale int(2),
  scarto decimal(2,2),
  idesesiti int(11),
  consorientcons text,
  consorientcomm text,
  provasceltam1 char(6),
  provasceltam2 char(6),
  provasceltam3 char(6),
  provasceltam4 char(6),
  provasceltam5 char(6),
  provasceltam6 char(6),
  provasceltam7 char(6),
  provasceltam8 char(6),
  provasceltam9 char(6),
  criteri1 text,
  criteri2 text,
  criteri3 text,
  criteri4 text,
  criteri5 text,
  criteri6 text,
  criteri7 text,
  criteri8 text,
  criteri9 text,
  votopniita smallint(6),
  votopnimat smallint(6),
  tracciacolloquio text,
  datacolloquio date,
  giudiziocolloquio text,
  giudiziocomplessivo text,
  lode tinyint(1),
  unanimita tinyint(1),
  ammissioneterza tinyint(1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_giudizi (
  idgiudizio int(11),
  idclasse int(11),
  periodo char(1),
  idalunno int(11),
  giudizio text,
  ultimamodifica timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_gruppialunni (
  idgruppoalunno int(11),
  idgruppo int(11),
  idalunno int(11),
  ultimamodifica timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS tbl_lezioni (
  idlezione int(11),
  idclasse int(11),
  datalezione date,
  iddocente int(11),
  idmateria int(11),
  idlezionegruppo int(11) DEFAULT NULL COMMENT 'Se vuota lezione normale',
  numeroore smallint(6),
  orainizio smallint(6),
  argomenti varchar(512),
  attivita varchar(512),
  oraultmod timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_lezionicert (
  idlezione int(11),
  idclasse int(11),
  datalezione date,
  iddocente int(11),
  idalunno int(11),
  idmateria int(11),
  numeroore smallint(6),
  orainizio smallint(6),
  argomenti varchar(512),
  attivita varchar(512),
  idlezionenorm int(11),
  oraultmod timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_logacc (
  idlog int(11),
  utente varchar(30),
  dataacc varchar(20),
  comando text,
  indirizzo char(50)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_materie (
  idmateria int(11),
  denominazione varchar(50) DEFAULT '',
  idclasseconcorso int(11) DEFAULT '0',
  tipovalutazione varchar(4),
  sigla varchar(5),
  progrpag int(11),
  media tinyint(1) DEFAULT '1',
  classesidi int(5) DEFAULT '0'
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_notealunno (
  idnotaalunno int(11),
  idclasse int(11),
  data date,
  iddocente int(11) DEFAULT NULL,
  testo text,
  provvedimenti text,
  oraultmod timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_noteindalu (
  idnoteindalu int(11),
  idnotaalunno int(11),
  idalunno int(11)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_orericevimento (
  idoraricevimento int(11),
  iddocente int(11),
  idorario int(11),
  note varchar(30) DEFAULT NULL,
  valido tinyint(1) DEFAULT '1'
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_osssist (
  idosssist int(11),
  idalunno int(11),
  idclasse int(11),
  data date,
  iddocente int(11),
  idlezione int(11) DEFAULT '0',
  idmateria int(11) DEFAULT '0',
  testo text,
  oraultmod timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_otp (
  idotp int(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  valore char(32) DEFAULT '',
  idutente int(11),
  funzione char(32) DEFAULT '',
  nummaxutilizzi int(2) DEFAULT 0,
  numutilizzi int(2) DEFAULT 0,
  timecreazione int(11) DEFAULT 0,
  timeultimoutilizzo int(11) DEFAULT 0,
  valido boolean DEFAULT 1)
  ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_paramcomunicazpers (
  idparamcomunicazpers int(11),
  idutente int(11),
  nomeparametro varchar(20),
  valore varchar(100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_prenotazioni (
  idprenotazione int(11),
  idalunno int(11),
  idoraricevimento int(11),
  data date,
  conferma tinyint(1),
  note varchar(255) DEFAULT NULL,
  valido tinyint(1) DEFAULT '1'
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_presenzeforzate (
  idpresenzaforzata int(11),
  idalunno int(11),
  data date DEFAULT NULL,
  motivo varchar(200) DEFAULT NULL,
  oraultmod timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_proposte (
  idproposta int(11),
  idalunno int(11),
  idmateria int(11),
  periodo char(1),
  orale int(11) DEFAULT NULL,
  scritto int(11) DEFAULT NULL,
  pratico int(11) DEFAULT NULL,
  unico int(11) DEFAULT NULL,
  condotta int(11) DEFAULT NULL,
  assenze int(11) DEFAULT '0',
  note varchar(180) DEFAULT NULL,
  oraultmod timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_richiesteferie (
  idrichiestaferie int(11),
  iddocente int(11) DEFAULT '0',
  subject varchar(1000) NULL DEFAULT NULL,
  testomail varchar(2000) NULL,
  erroremail boolean NULL DEFAULT NULL,
  concessione tinyint NULL DEFAULT NULL,
  orariorichiesta char(5) NULL DEFAULT NULL,
  numerogiorni TINYINT NOT NULL DEFAULT 0, 
  orepermessobreve TINYINT NOT NULL DEFAULT 0,
  annullata tinyint NOT NULL DEFAULT 0,
  oraultmod timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
  
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_ritardi (
  idalunno int(11) DEFAULT '0',
  data date DEFAULT NULL,
  oraentrata time DEFAULT NULL,
  idritardo int(11),
  numeroore tinyint(4),
  giustifica tinyint(1),
  iddocentegiust int(11) DEFAULT NULL,
  datagiustifica date DEFAULT NULL,
  autorizzato tinyint(4) DEFAULT '0',
  oraultmod timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  calcolato char(1) DEFAULT 'I',
  dataammonizione date DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_scrutini (
  idscrutinio int(11),
  idclasse int(11),
  periodo char(1),
  datascrutinio date,
  stato char(1),
  orainizioscrutinio time,
  orafinescrutinio time,
  luogoscrutinio varchar(100) DEFAULT '',
  dataverbale date,
  sostituzioni varchar(512),
  segretario int(11),
  datastampa date,
  firmadirigente char(50),
  testo1 text,
  testo2 text,
  testo3 text,
  testo4 text,
  criteri text,
  ultimamodifica timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_sms (
  idsms int(11),
  tipo char(10),
  sottotipo char(10),
  iddestinatario int(11),
  idinvio CHAR(100),
  celldestinatario varchar(15),
  idtestosms int(11),
  esito varchar(100) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_testisms (
  idtestosms int(11),
  testo varchar(2048),
  idinvio char(100),
  idutente int(11),
  dataora timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_timbrature (
  idtimbratura int(11),
  idalunno int(11),
  tipotimbratura char(1),
  datatimbratura date,
  oratimbratura time,
  utilizzata tinyint(1),
  forzata tinyint(4) DEFAULT '0',
  ultimamodifica timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_tipoprog (
  idtipoprogr int(11),
  idalunno int(11),
  idmateria int(11),
  tipoprogr char(1) COMMENT 'Normale, Obiettivi minimi, Personalizzata'
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_tutori (
  idtutore int(11),
  cognome varchar(30) DEFAULT '',
  nome varchar(30) DEFAULT '',
  datanascita date DEFAULT NULL,
  idcomnasc int(11) DEFAULT '0',
  indirizzo varchar(30) DEFAULT NULL,
  idcomres int(11) DEFAULT '0',
  telefono varchar(15) DEFAULT NULL,
  telcel varchar(15) DEFAULT NULL,
  email varchar(30) DEFAULT NULL,
  tipo char(1) DEFAULT NULL,
  idalunno int(11),
  idutente int(11)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_usciteanticipate (
  idalunno int(11) DEFAULT '0',
  data date DEFAULT NULL,
  orauscita time DEFAULT NULL,
  iduscita int(11),
  numeroore tinyint(4),
  giustifica tinyint(1),
  iddocentegiust int(11) DEFAULT NULL,
  datagiustifica date DEFAULT NULL,
  dataammonizione date DEFAULT NULL,
  oraultmod timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_autorizzazioniuscite (
  idalunno int(11) DEFAULT '0',
  data date DEFAULT NULL,
  orauscita time DEFAULT NULL,
  idautorizzazioneuscita int(11),
  iddocenteautorizzante int(11) DEFAULT NULL,
  testoautorizzazione varchar(500) DEFAULT NULL,
  oraultmod timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_utenti (
  idutente int(11),
  userid varchar(15) DEFAULT '',
  password varchar(128) DEFAULT '',
  tipo char(1) DEFAULT '',
  dischpwd tinyint(1) DEFAULT '0',
  ultimamodifica timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  passprecedenti text,
  token char(5),
  schematoken char(50),
  modoinviotoken char(1),
  idtelegram int(15),
  ultimoaccessoapp BIGINT,
  tokenresetpwd char(32),
  oracreazionetoken int(11),
  numutilizzitoken tinyint(1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_valutazionicomp (
  idvalcomp int(11),
  voto decimal(4,2) DEFAULT '0.00',
  idalunno int(11),
  idmateria int(11),
  iddocente int(11),
  idclasse int(11) DEFAULT '0',
  data date DEFAULT NULL,
  giudizio varchar(200) DEFAULT NULL,
  oraultmod timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_valutazionifinali (
  idvalfin int(11),
  idalunno int(11) DEFAULT '0',
  idmateria int(11) DEFAULT '0',
  votoscritto char(4) DEFAULT NULL,
  votoorale char(4) DEFAULT NULL,
  votopratico char(4) DEFAULT NULL,
  votoaltro char(4) DEFAULT NULL,
  votounico char(4) DEFAULT NULL,
  debito tinyint(1) DEFAULT '0',
  assenze int(11) DEFAULT '0',
  periodo char(1) DEFAULT NULL COMMENT 'Quadrimestre, ecc.',
  progrpag tinyint(4) DEFAULT NULL COMMENT 'Progressivo in pagella',
  codsissi char(15),
  note varchar(180) DEFAULT NULL,
  oraultmod timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_valutazioniintermedie (
  idvalint int(11),
  idalunno int(11) DEFAULT '0',
  idmateria int(11) DEFAULT '0',
  iddocente int(11) DEFAULT '0',
  idclasse int(11) DEFAULT '0',
  idlezione int(11) DEFAULT NULL,
  tipo char(1) DEFAULT NULL,
  data date DEFAULT NULL,
  voto decimal(4,2) DEFAULT '0.00',
  giudizio varchar(1000) DEFAULT NULL,
  pei tinyint(1) DEFAULT '0',
  oraultmod timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS tbl_recuperipermessi (
  idrecupero int(11),
  iddocente int(11),
  datarecupero date DEFAULT NULL,
  numeroore int(1),
  motivo varchar(50) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
