-- source: MinBZK/OperatieBRP 02 Software/01 Broncode/database-code-58.0.4/brp-database/src/main/resources/bmr/Postgres/Kern/Kern_BRP_structuur.sql @ 91e22b97e22bdc58ee3d49df9c0b0775c8eff800 (AGPL-3.0); part: the whole '-- Actual tabellen' section, characters 115656-167486 of 288482
-- Actual tabellen--------------------------------------------------------------
CREATE SEQUENCE AutAut.seq_PersAfnemerindicatie START WITH 1;
CREATE TABLE AutAut.PersAfnemerindicatie (
   ID                            Bigint                        NOT NULL  DEFAULT nextval('AutAut.seq_PersAfnemerindicatie')   /* PersAfnemerindicatieID */,
   Pers                          Bigint                        NOT NULL                                 /* PersID */,
   Partij                        Smallint                      NOT NULL                                 /* PartijID */,
   Levsautorisatie               Integer                       NOT NULL                                 /* LevsautorisatieID */,
   DatAanvMaterielePeriode       Integer                                 CHECK (to_char(to_date(DatAanvMaterielePeriode::text, 'yyyymmdd'), 'yyyymmdd')=DatAanvMaterielePeriode::text)   /* Dat */,
   DatEindeVolgen                Integer                                 CHECK (to_char(to_date(DatEindeVolgen::text, 'yyyymmdd'), 'yyyymmdd')=DatEindeVolgen::text)   /* Dat */,
   IndAG                         Boolean                       NOT NULL  DEFAULT false                  /* JaNee */,
   CONSTRAINT pk_PersAfnemerindicatie PRIMARY KEY (ID),
   CONSTRAINT uc_PersAfnemerindicatie_Pers_Partij_Levsautorisatie UNIQUE (Pers, Partij, Levsautorisatie)
);
ALTER SEQUENCE AutAut.seq_PersAfnemerindicatie OWNED BY AutAut.PersAfnemerindicatie.ID;

CREATE SEQUENCE Beh.seq_VrijBer START WITH 1;
CREATE TABLE Beh.VrijBer (
   ID                            Bigint                        NOT NULL  DEFAULT nextval('Beh.seq_VrijBer')   /* VrijBerID */,
   SrtBer                        Smallint                      NOT NULL                                 /* SrtBerVrijBerID */,
   Srt                           Smallint                      NOT NULL                                 /* SrtVrijBerID */,
   TsReg                         Timestamp with time zone      NOT NULL                                 /* Ts */,
   Data                          Varchar(99999)                NOT NULL  CHECK (Data <> '' )            /* VrijBerData */,
   IndGelezen                    Boolean                                                                /* JaNee */,
   CONSTRAINT pk_VrijBer PRIMARY KEY (ID)
);
ALTER SEQUENCE Beh.seq_VrijBer OWNED BY Beh.VrijBer.ID;

CREATE SEQUENCE Beh.seq_VrijBerPartij START WITH 1;
CREATE TABLE Beh.VrijBerPartij (
   ID                            Bigint                        NOT NULL  DEFAULT nextval('Beh.seq_VrijBerPartij')   /* VrijBerPartijID */,
   VrijBer                       Bigint                        NOT NULL                                 /* VrijBerID */,
   Partij                        Smallint                      NOT NULL                                 /* PartijID */,
   CONSTRAINT pk_VrijBerPartij PRIMARY KEY (ID),
   CONSTRAINT uc_VrijBerPartij_VrijBer_Partij UNIQUE (VrijBer, Partij)
);
ALTER SEQUENCE Beh.seq_VrijBerPartij OWNED BY Beh.VrijBerPartij.ID;

CREATE SEQUENCE IST.seq_Stapel START WITH 1;
CREATE TABLE IST.Stapel (
   ID                            Integer                       NOT NULL  DEFAULT nextval('IST.seq_Stapel')   /* StapelID */,
   Pers                          Bigint                        NOT NULL                                 /* PersID */,
   Categorie                     Varchar(2)                    NOT NULL  CHECK (Categorie <> '' )       /* LO3Categorie */,
   Volgnr                        Integer                       NOT NULL                                 /* Volgnr */,
   CONSTRAINT pk_Stapel PRIMARY KEY (ID),
   CONSTRAINT uc_Stapel_Pers_Categorie_Volgnr UNIQUE (Pers, Categorie, Volgnr)
);
ALTER SEQUENCE IST.seq_Stapel OWNED BY IST.Stapel.ID;

CREATE SEQUENCE IST.seq_StapelRelatie START WITH 1;
CREATE TABLE IST.StapelRelatie (
   ID                            Integer                       NOT NULL  DEFAULT nextval('IST.seq_StapelRelatie')   /* StapelRelatieID */,
   Stapel                        Integer                       NOT NULL                                 /* StapelID */,
   Relatie                       Bigint                        NOT NULL                                 /* RelatieID */,
   CONSTRAINT pk_StapelRelatie PRIMARY KEY (ID),
   CONSTRAINT uc_StapelRelatie_Stapel_Relatie UNIQUE (Stapel, Relatie)
);
ALTER SEQUENCE IST.seq_StapelRelatie OWNED BY IST.StapelRelatie.ID;

CREATE SEQUENCE IST.seq_StapelVoorkomen START WITH 1;
CREATE TABLE IST.StapelVoorkomen (
   ID                            Integer                       NOT NULL  DEFAULT nextval('IST.seq_StapelVoorkomen')   /* StapelVoorkomenID */,
   Stapel                        Integer                       NOT NULL                                 /* StapelID */,
   Volgnr                        Integer                       NOT NULL                                 /* Volgnr */,
   AdmHnd                        Bigint                        NOT NULL                                 /* AdmHndID */,
   SrtDoc                        Smallint                                                               /* SrtDocID */,
   Partij                        Smallint                                                               /* PartijID */,
   Rubr8220DatDoc                Integer                                                                /* DatEvtDeelsOnbekend */,
   DocOms                        Varchar(40)                             CHECK (DocOms <> '' )          /* DocOms */,
   Rubr8310AandGegevensInOnderz  Integer                                                                /* LO3RubriekInclCategorieEnGro */,
   Rubr8320DatIngangOnderzoek    Integer                                                                /* DatEvtDeelsOnbekend */,
   Rubr8330DatEindeOnderzoek     Integer                                                                /* DatEvtDeelsOnbekend */,
   Rubr8410OnjuistStrijdigOpenb  Varchar(1)                              CHECK (Rubr8410OnjuistStrijdigOpenb <> '' )   /* LO3CoderingOnjuist */,
   Rubr8510IngangsdatGel         Integer                                                                /* DatEvtDeelsOnbekend */,
   Rubr8610DatVanOpneming        Integer                                                                /* DatEvtDeelsOnbekend */,
   Rubr6210DatIngangFamilierech  Integer                                                                /* DatEvtDeelsOnbekend */,
   Aktenr                        Varchar(7)                              CHECK (Aktenr <> '' )          /* Aktenr */,
   ANr                           Char(10)                                CHECK (ANr ~ '^[0-9]+$' AND Length(ANr) >= 10)   /* ANr */,
   BSN                           Char(9)                                 CHECK (BSN ~ '^[0-9]+$' AND Length(BSN) >= 9)   /* BSN */,
   Voornamen                     Varchar(200)                            CHECK (Voornamen <> '' )       /* Voornamen */,
   Predicaat                     Smallint                                                               /* PredicaatID */,
   AdellijkeTitel                Smallint                                                               /* AdellijkeTitelID */,
   GeslachtBijAdellijkeTitelPre  Smallint                                                               /* GeslachtsaandID */,
   Voorvoegsel                   Varchar(10)                             CHECK (Voorvoegsel <> '' )     /* Voorvoegsel */,
   Scheidingsteken               Varchar(1)                              CHECK (Scheidingsteken <> '' )   /* Scheidingsteken */,
   Geslnaamstam                  Varchar(200)                            CHECK (Geslnaamstam <> '' )    /* Geslnaamstam */,
   DatGeboorte                   Integer                                                                /* DatEvtDeelsOnbekend */,
   GemGeboorte                   Smallint                                                               /* GemID */,
   BLPlaatsGeboorte              Varchar(40)                             CHECK (BLPlaatsGeboorte <> '' )   /* BLPlaats */,
   OmsLocGeboorte                Varchar(40)                             CHECK (OmsLocGeboorte <> '' )   /* Locoms */,
   LandGebiedGeboorte            Integer                                                                /* LandGebiedID */,
   Geslachtsaand                 Smallint                                                               /* GeslachtsaandID */,
   DatAanv                       Integer                                                                /* DatEvtDeelsOnbekend */,
   GemAanv                       Smallint                                                               /* GemID */,
   BLPlaatsAanv                  Varchar(40)                             CHECK (BLPlaatsAanv <> '' )    /* BLPlaats */,
   OmsLocAanv                    Varchar(40)                             CHECK (OmsLocAanv <> '' )      /* Locoms */,
   LandGebiedAanv                Integer                                                                /* LandGebiedID */,
   RdnEinde                      Smallint                                                               /* RdnEindeRelatieID */,
   DatEinde                      Integer                                                                /* DatEvtDeelsOnbekend */,
   GemEinde                      Smallint                                                               /* GemID */,
   BLPlaatsEinde                 Varchar(40)                             CHECK (BLPlaatsEinde <> '' )   /* BLPlaats */,
   OmsLocEinde                   Varchar(40)                             CHECK (OmsLocEinde <> '' )     /* Locoms */,
   LandGebiedEinde               Integer                                                                /* LandGebiedID */,
   SrtRelatie                    Smallint                                                               /* SrtRelatieID */,
   IndOuder1HeeftGezag           Boolean                                 CHECK (IndOuder1HeeftGezag IN (true))   /* Ja */,
   IndOuder2HeeftGezag           Boolean                                 CHECK (IndOuder2HeeftGezag IN (true))   /* Ja */,
   IndDerdeHeeftGezag            Boolean                                 CHECK (IndDerdeHeeftGezag IN (true))   /* Ja */,
   IndOnderCuratele              Boolean                                 CHECK (IndOnderCuratele IN (true))   /* Ja */,
   CONSTRAINT pk_StapelVoorkomen PRIMARY KEY (ID),
   CONSTRAINT uc_StapelVoorkomen_Stapel_Volgnr UNIQUE (Stapel, Volgnr)
);
ALTER SEQUENCE IST.seq_StapelVoorkomen OWNED BY IST.StapelVoorkomen.ID;

CREATE SEQUENCE Kern.seq_Actie START WITH 1;
CREATE TABLE Kern.Actie (
   ID                            Bigint                        NOT NULL  DEFAULT nextval('Kern.seq_Actie')   /* ActieID */,
   Srt                           Smallint                      NOT NULL                                 /* SrtActieID */,
   AdmHnd                        Bigint                        NOT NULL                                 /* AdmHndID */,
   Partij                        Smallint                      NOT NULL                                 /* PartijID */,
   TsReg                         Timestamp with time zone      NOT NULL                                 /* Ts */,
   DatOntlening                  Integer                                                                /* DatEvtDeelsOnbekend */,
   CONSTRAINT pk_Actie PRIMARY KEY (ID)
);
ALTER SEQUENCE Kern.seq_Actie OWNED BY Kern.Actie.ID;

CREATE SEQUENCE Kern.seq_ActieBron START WITH 1;
CREATE TABLE Kern.ActieBron (
   ID                            Bigint                        NOT NULL  DEFAULT nextval('Kern.seq_ActieBron')   /* ActieBronID */,
   Actie                         Bigint                        NOT NULL                                 /* ActieID */,
   Doc                           Bigint                                                                 /* DocID */,
   Rechtsgrond                   Smallint                                                               /* RechtsgrondID */,
   Rechtsgrondoms                Varchar(250)                            CHECK (Rechtsgrondoms <> '' )   /* OmsEnumeratiewaarde */,
   CONSTRAINT pk_ActieBron PRIMARY KEY (ID),
   CONSTRAINT uc_ActieBron_Actie_Doc_Rechtsgrond_Rechtsgrondoms UNIQUE (Actie, Doc, Rechtsgrond, Rechtsgrondoms)
);
ALTER SEQUENCE Kern.seq_ActieBron OWNED BY Kern.ActieBron.ID;

CREATE SEQUENCE Kern.seq_AdmHnd START WITH 1;
CREATE TABLE Kern.AdmHnd (
   ID                            Bigint                        NOT NULL  DEFAULT nextval('Kern.seq_AdmHnd')   /* AdmHndID */,
   Srt                           Smallint                      NOT NULL                                 /* SrtAdmHndID */,
   Partij                        Smallint                      NOT NULL                                 /* PartijID */,
   ToelichtingOntlening          Varchar(400)                            CHECK (ToelichtingOntlening <> '' )   /* Ontleningstoelichting */,
   TsReg                         Timestamp with time zone      NOT NULL                                 /* Ts */,
   TsLev                         Timestamp with time zone                                               /* Ts */,
   StatusLev                     Smallint                      NOT NULL                                 /* StatusLevAdmHndID */,
   CONSTRAINT pk_AdmHnd PRIMARY KEY (ID)
);
ALTER SEQUENCE Kern.seq_AdmHnd OWNED BY Kern.AdmHnd.ID;

CREATE SEQUENCE Kern.seq_AdmHndGedeblokkeerdeRegel START WITH 1;
CREATE TABLE Kern.AdmHndGedeblokkeerdeRegel (
   ID                            Bigint                        NOT NULL  DEFAULT nextval('Kern.seq_AdmHndGedeblokkeerdeRegel')   /* AdmHndGedeblokkeerdeMeldingI */,
   AdmHnd                        Bigint                        NOT NULL                                 /* AdmHndID */,
   Regel                         Integer                       NOT NULL                                 /* RegelID */,
   CONSTRAINT pk_AdmHndGedeblokkeerdeRegel PRIMARY KEY (ID)
);
ALTER SEQUENCE Kern.seq_AdmHndGedeblokkeerdeRegel OWNED BY Kern.AdmHndGedeblokkeerdeRegel.ID;

CREATE SEQUENCE Kern.seq_Betr START WITH 1;
CREATE TABLE Kern.Betr (
   ID                            Bigint                        NOT NULL  DEFAULT nextval('Kern.seq_Betr')   /* BetrID */,
   Relatie                       Bigint                        NOT NULL                                 /* RelatieID */,
   Rol                           Smallint                      NOT NULL                                 /* SrtBetrID */,
   Pers                          Bigint                                                                 /* PersID */,
   IndAG                         Boolean                       NOT NULL  DEFAULT false                  /* JaNee */,
   IndOuderUitWieKindIsGeboren   Boolean                                                                /* JaNee */,
   IndAGOuderschap               Boolean                       NOT NULL  DEFAULT false                  /* JaNee */,
   IndOuderHeeftGezag            Boolean                                                                /* JaNee */,
   IndAGOuderlijkGezag           Boolean                       NOT NULL  DEFAULT false                  /* JaNee */,
   CONSTRAINT pk_Betr PRIMARY KEY (ID)
);
ALTER SEQUENCE Kern.seq_Betr OWNED BY Kern.Betr.ID;

CREATE SEQUENCE Kern.seq_Doc START WITH 1;
CREATE TABLE Kern.Doc (
   ID                            Bigint                        NOT NULL  DEFAULT nextval('Kern.seq_Doc')   /* DocID */,
   Srt                           Smallint                      NOT NULL                                 /* SrtDocID */,
   Aktenr                        Varchar(7)                              CHECK (Aktenr <> '' )          /* Aktenr */,
   Oms                           Varchar(40)                             CHECK (Oms <> '' )             /* DocOms */,
   Partij                        Smallint                      NOT NULL                                 /* PartijID */,
   CONSTRAINT pk_Doc PRIMARY KEY (ID)
);
ALTER SEQUENCE Kern.seq_Doc OWNED BY Kern.Doc.ID;

CREATE SEQUENCE Kern.seq_GegevenInOnderzoek START WITH 1;
CREATE TABLE Kern.GegevenInOnderzoek (
   ID                            Bigint                        NOT NULL  DEFAULT nextval('Kern.seq_GegevenInOnderzoek')   /* GegevenInOnderzoekID */,
   Onderzoek                     Integer                       NOT NULL                                 /* OnderzoekID */,
   Element                       Integer                       NOT NULL                                 /* ElementID */,
   ObjectSleutelGegeven          Bigint                                                                 /* Sleutelwaarde */,
   VoorkomenSleutelGegeven       Bigint                                                                 /* Sleutelwaarde */,
   IndAG                         Boolean                       NOT NULL  DEFAULT false                  /* JaNee */,
   CONSTRAINT pk_GegevenInOnderzoek PRIMARY KEY (ID)
);
ALTER SEQUENCE Kern.seq_GegevenInOnderzoek OWNED BY Kern.GegevenInOnderzoek.ID;

CREATE SEQUENCE Kern.seq_Onderzoek START WITH 1;
CREATE TABLE Kern.Onderzoek (
   ID                            Integer                       NOT NULL  DEFAULT nextval('Kern.seq_Onderzoek')   /* OnderzoekID */,
   Pers                          Bigint                        NOT NULL                                 /* PersID */,
   Partij                        Smallint                      NOT NULL                                 /* PartijID */,
   DatAanv                       Integer                                                                /* DatEvtDeelsOnbekend */,
   DatEinde                      Integer                                                                /* DatEvtDeelsOnbekend */,
   Oms                           Text                                                                   /* OnderzoekOms */,
   Status                        Smallint                                                               /* StatusOnderzoekID */,
   IndAG                         Boolean                       NOT NULL  DEFAULT false                  /* JaNee */,
   CONSTRAINT pk_Onderzoek PRIMARY KEY (ID)
);
ALTER SEQUENCE Kern.seq_Onderzoek OWNED BY Kern.Onderzoek.ID;

CREATE SEQUENCE Kern.seq_Pers START WITH 1;
CREATE TABLE Kern.Pers (
   ID                            Bigint                        NOT NULL  DEFAULT nextval('Kern.seq_Pers')   /* PersID */,
   Srt                           Smallint                      NOT NULL                                 /* SrtPersID */,
   LockVersie                    Bigint                        NOT NULL  DEFAULT 0                      /* Versienr */,
   AdmHnd                        Bigint                                                                 /* AdmHndID */,
   TsLaatsteWijz                 Timestamp with time zone                                               /* Ts */,
   Sorteervolgorde               Smallint                                                               /* Sorteervolgorde */,
   TsLaatsteWijzGBASystematiek   Timestamp with time zone                                               /* Ts */,
   IndAGAfgeleidAdministratief   Boolean                       NOT NULL  DEFAULT false                  /* JaNee */,
   BSN                           Char(9)                                 CHECK (BSN ~ '^[0-9]+$' AND Length(BSN) >= 9)   /* BSN */,
   ANr                           Char(10)                                CHECK (ANr ~ '^[0-9]+$' AND Length(ANr) >= 10)   /* ANr */,
   IndAGIDs                      Boolean                       NOT NULL  DEFAULT false                  /* JaNee */,
   IndAfgeleid                   Boolean                                                                /* JaNee */,
   IndNreeks                     Boolean                                                                /* JaNee */,
   Predicaat                     Smallint                                                               /* PredicaatID */,
   Voornamen                     Varchar(200)                            CHECK (Voornamen <> '' )       /* Voornamen */,
   AdellijkeTitel                Smallint                                                               /* AdellijkeTitelID */,
   Voorvoegsel                   Varchar(10)                             CHECK (Voorvoegsel <> '' )     /* Voorvoegsel */,
   Scheidingsteken               Varchar(1)                              CHECK (Scheidingsteken <> '' )   /* Scheidingsteken */,
   Geslnaamstam                  Varchar(200)                            CHECK (Geslnaamstam <> '' )    /* Geslnaamstam */,
   IndAGSamengesteldeNaam        Boolean                       NOT NULL  DEFAULT false                  /* JaNee */,
   DatGeboorte                   Integer                                                                /* DatEvtDeelsOnbekend */,
   GemGeboorte                   Smallint                                                               /* GemID */,
   WplnaamGeboorte               Varchar(80)                             CHECK (WplnaamGeboorte <> '' )   /* NaamEnumeratiewaarde */,
   BLPlaatsGeboorte              Varchar(40)                             CHECK (BLPlaatsGeboorte <> '' )   /* BLPlaats */,
   BLRegioGeboorte               Varchar(35)                             CHECK (BLRegioGeboorte <> '' )   /* BLRegio */,
   OmsLocGeboorte                Varchar(40)                             CHECK (OmsLocGeboorte <> '' )   /* Locoms */,
   LandGebiedGeboorte            Integer                                                                /* LandGebiedID */,
   IndAGGeboorte                 Boolean                       NOT NULL  DEFAULT false                  /* JaNee */,
   Geslachtsaand                 Smallint                                                               /* GeslachtsaandID */,
   IndAGGeslachtsaand            Boolean                       NOT NULL  DEFAULT false                  /* JaNee */,
   DatInschr                     Integer                                                                /* DatEvtDeelsOnbekend */,
   Versienr                      Bigint                                                                 /* Versienr */,
   Dattijdstempel                Timestamp with time zone                                               /* Ts */,
   IndAGInschr                   Boolean                       NOT NULL  DEFAULT false                  /* JaNee */,
   VorigeBSN                     Char(9)                                 CHECK (VorigeBSN ~ '^[0-9]+$' AND Length(VorigeBSN) >= 9)   /* BSN */,
   VolgendeBSN                   Char(9)                                 CHECK (VolgendeBSN ~ '^[0-9]+$' AND Length(VolgendeBSN) >= 9)   /* BSN */,
   VorigeANr                     Char(10)                                CHECK (VorigeANr ~ '^[0-9]+$' AND Length(VorigeANr) >= 10)   /* ANr */,
   VolgendeANr                   Char(10)                                CHECK (VolgendeANr ~ '^[0-9]+$' AND Length(VolgendeANr) >= 10)   /* ANr */,
   IndAGNrverwijzing             Boolean                       NOT NULL  DEFAULT false                  /* JaNee */,
   Bijhpartij                    Smallint                                                               /* PartijID */,
   Bijhaard                      Smallint                                                               /* BijhaardID */,
   NadereBijhaard                Smallint                                                               /* NadereBijhaardID */,
   IndAGBijhouding               Boolean                       NOT NULL  DEFAULT false                  /* JaNee */,
   DatOverlijden                 Integer                                                                /* DatEvtDeelsOnbekend */,
   GemOverlijden                 Smallint                                                               /* GemID */,
   WplnaamOverlijden             Varchar(80)                             CHECK (WplnaamOverlijden <> '' )   /* NaamEnumeratiewaarde */,
   BLPlaatsOverlijden            Varchar(40)                             CHECK (BLPlaatsOverlijden <> '' )   /* BLPlaats */,
   BLRegioOverlijden             Varchar(35)                             CHECK (BLRegioOverlijden <> '' )   /* BLRegio */,
   OmsLocOverlijden              Varchar(40)                             CHECK (OmsLocOverlijden <> '' )   /* Locoms */,
   LandGebiedOverlijden          Integer                                                                /* LandGebiedID */,
   IndAGOverlijden               Boolean                       NOT NULL  DEFAULT false                  /* JaNee */,
   Naamgebruik                   Smallint                                                               /* NaamgebruikID */,
   IndNaamgebruikAfgeleid        Boolean                                                                /* JaNee */,
   PredicaatNaamgebruik          Smallint                                                               /* PredicaatID */,
   VoornamenNaamgebruik          Varchar(200)                            CHECK (VoornamenNaamgebruik <> '' )   /* Voornamen */,
   AdellijkeTitelNaamgebruik     Smallint                                                               /* AdellijkeTitelID */,
   VoorvoegselNaamgebruik        Varchar(10)                             CHECK (VoorvoegselNaamgebruik <> '' )   /* Voorvoegsel */,
   ScheidingstekenNaamgebruik    Varchar(1)                              CHECK (ScheidingstekenNaamgebruik <> '' )   /* Scheidingsteken */,
   GeslnaamstamNaamgebruik       Varchar(200)                            CHECK (GeslnaamstamNaamgebruik <> '' )   /* Geslnaamstam */,
   IndAGNaamgebruik              Boolean                       NOT NULL  DEFAULT false                  /* JaNee */,
   SrtMigratie                   Smallint                                                               /* SrtMigratieID */,
   RdnWijzMigratie               Smallint                                                               /* RdnWijzVerblijfID */,
   AangMigratie                  Smallint                                                               /* AangID */,
   LandGebiedMigratie            Integer                                                                /* LandGebiedID */,
   BLAdresRegel1Migratie         Varchar(40)                             CHECK (BLAdresRegel1Migratie <> '' )   /* Adresregel */,
   BLAdresRegel2Migratie         Varchar(40)                             CHECK (BLAdresRegel2Migratie <> '' )   /* Adresregel */,
   BLAdresRegel3Migratie         Varchar(40)                             CHECK (BLAdresRegel3Migratie <> '' )   /* Adresregel */,
   BLAdresRegel4Migratie         Varchar(40)                             CHECK (BLAdresRegel4Migratie <> '' )   /* Adresregel */,
   BLAdresRegel5Migratie         Varchar(40)                             CHECK (BLAdresRegel5Migratie <> '' )   /* Adresregel */,
   BLAdresRegel6Migratie         Varchar(40)                             CHECK (BLAdresRegel6Migratie <> '' )   /* Adresregel */,
   IndAGMigratie                 Boolean                       NOT NULL  DEFAULT false                  /* JaNee */,
   AandVerblijfsr                Smallint                                                               /* AandVerblijfsrID */,
   DatAanvVerblijfsr             Integer                                                                /* DatEvtDeelsOnbekend */,
   DatMededelingVerblijfsr       Integer                                                                /* DatEvtDeelsOnbekend */,
   DatVoorzEindeVerblijfsr       Integer                                                                /* DatEvtDeelsOnbekend */,
   IndAGVerblijfsr               Boolean                       NOT NULL  DEFAULT false                  /* JaNee */,
   IndUitslKiesr                 Boolean                                 CHECK (IndUitslKiesr IN (true))   /* Ja */,
   DatVoorzEindeUitslKiesr       Integer                                                                /* DatEvtDeelsOnbekend */,
   IndAGUitslKiesr               Boolean                       NOT NULL  DEFAULT false                  /* JaNee */,
   IndDeelnEUVerkiezingen        Boolean                                                                /* JaNee */,
   DatAanlAanpDeelnEUVerkiezing  Integer                                                                /* DatEvtDeelsOnbekend */,
   DatVoorzEindeUitslEUVerkiezi  Integer                                                                /* DatEvtDeelsOnbekend */,
   IndAGDeelnEUVerkiezingen      Boolean                       NOT NULL  DEFAULT false                  /* JaNee */,
   GemPK                         Smallint                                                               /* PartijID */,
   IndPKVolledigGeconv           Boolean                                                                /* JaNee */,
   IndAGPK                       Boolean                       NOT NULL  DEFAULT false                  /* JaNee */,
   CONSTRAINT pk_Pers PRIMARY KEY (ID)
);
CREATE UNIQUE INDEX uc_Pers_ANr ON Kern.Pers (ANr) WHERE Srt = 1 AND NadereBijhaard NOT IN (7, 8, 9);
CREATE UNIQUE INDEX uc_Pers_BSN ON Kern.Pers (BSN) WHERE Srt = 1 AND NadereBijhaard NOT IN (7, 8, 9);
ALTER SEQUENCE Kern.seq_Pers OWNED BY Kern.Pers.ID;

CREATE SEQUENCE Kern.seq_PersAdres START WITH 1;
CREATE TABLE Kern.PersAdres (
   ID                            Bigint                        NOT NULL  DEFAULT nextval('Kern.seq_PersAdres')   /* PersAdresID */,
   Pers                          Bigint                        NOT NULL                                 /* PersID */,
   Srt                           Smallint                                                               /* SrtAdresID */,
   RdnWijz                       Smallint                                                               /* RdnWijzVerblijfID */,
   AangAdresh                    Smallint                                                               /* AangID */,
   DatAanvAdresh                 Integer                                                                /* DatEvtDeelsOnbekend */,
   IdentcodeAdresseerbaarObject  Varchar(16)                             CHECK (IdentcodeAdresseerbaarObject <> '' )   /* IdentcodeAdresseerbaarObject */,
   IdentcodeNraand               Varchar(16)                             CHECK (IdentcodeNraand <> '' )   /* IdentcodeNraand */,
   Gem                           Smallint                                                               /* GemID */,
   NOR                           Varchar(80)                             CHECK (NOR <> '' )             /* NOR */,
   AfgekorteNOR                  Varchar(24)                             CHECK (AfgekorteNOR <> '' )    /* AfgekorteNOR */,
   Gemdeel                       Varchar(24)                             CHECK (Gemdeel <> '' )         /* Gemdeel */,
   Huisnr                        Integer                                                                /* Huisnr */,
   Huisletter                    Varchar(1)                              CHECK (Huisletter <> '' )      /* Huisletter */,
   Huisnrtoevoeging              Varchar(4)                              CHECK (Huisnrtoevoeging <> '' )   /* Huisnrtoevoeging */,
   Postcode                      Varchar(6)                              CHECK (Postcode <> '' )        /* Postcode */,
   Wplnaam                       Varchar(80)                             CHECK (Wplnaam <> '' )         /* NaamEnumeratiewaarde */,
   LocTenOpzichteVanAdres        Varchar(2)                              CHECK (LocTenOpzichteVanAdres IN ('by','to'))   /* LocTenOpzichteVanAdres */,
   Locoms                        Varchar(40)                             CHECK (Locoms <> '' )          /* Locoms */,
   BLAdresRegel1                 Varchar(40)                             CHECK (BLAdresRegel1 <> '' )   /* Adresregel */,
   BLAdresRegel2                 Varchar(40)                             CHECK (BLAdresRegel2 <> '' )   /* Adresregel */,
   BLAdresRegel3                 Varchar(40)                             CHECK (BLAdresRegel3 <> '' )   /* Adresregel */,
   BLAdresRegel4                 Varchar(40)                             CHECK (BLAdresRegel4 <> '' )   /* Adresregel */,
   BLAdresRegel5                 Varchar(40)                             CHECK (BLAdresRegel5 <> '' )   /* Adresregel */,
   BLAdresRegel6                 Varchar(40)                             CHECK (BLAdresRegel6 <> '' )   /* Adresregel */,
   LandGebied                    Integer                                                                /* LandGebiedID */,
   IndPersAangetroffenOpAdres    Boolean                                 CHECK (IndPersAangetroffenOpAdres IN (false))   /* Nee */,
   IndAG                         Boolean                       NOT NULL  DEFAULT false                  /* JaNee */,
   CONSTRAINT pk_PersAdres PRIMARY KEY (ID)
);
ALTER SEQUENCE Kern.seq_PersAdres OWNED BY Kern.PersAdres.ID;

CREATE SEQUENCE Kern.seq_PersBLPersnr START WITH 1;
CREATE TABLE Kern.PersBLPersnr (
   ID                            Bigint                        NOT NULL  DEFAULT nextval('Kern.seq_PersBLPersnr')   /* PersBLPersnrID */,
   Pers                          Bigint                        NOT NULL                                 /* PersID */,
   AutVanAfgifte                 Integer                       NOT NULL                                 /* AutVanAfgifteBLPersnrID */,
   Nr                            Varchar(40)                   NOT NULL  CHECK (Nr <> '' )              /* BLPersnr */,
   IndAG                         Boolean                       NOT NULL  DEFAULT false                  /* JaNee */,
   CONSTRAINT pk_PersBLPersnr PRIMARY KEY (ID),
   CONSTRAINT uc_PersBLPersnr_Pers_AutVanAfgifte_Nr UNIQUE (Pers, AutVanAfgifte, Nr)
);
ALTER SEQUENCE Kern.seq_PersBLPersnr OWNED BY Kern.PersBLPersnr.ID;

CREATE SEQUENCE Kern.seq_PersGeslnaamcomp START WITH 1;
CREATE TABLE Kern.PersGeslnaamcomp (
   ID                            Bigint                        NOT NULL  DEFAULT nextval('Kern.seq_PersGeslnaamcomp')   /* PersGeslnaamID */,
   Pers                          Bigint                        NOT NULL                                 /* PersID */,
   Volgnr                        Integer                       NOT NULL                                 /* Volgnr */,
   Predicaat                     Smallint                                                               /* PredicaatID */,
   AdellijkeTitel                Smallint                                                               /* AdellijkeTitelID */,
   Voorvoegsel                   Varchar(10)                             CHECK (Voorvoegsel <> '' )     /* Voorvoegsel */,
   Scheidingsteken               Varchar(1)                              CHECK (Scheidingsteken <> '' )   /* Scheidingsteken */,
   Stam                          Varchar(200)                            CHECK (Stam <> '' )            /* Geslnaamstam */,
   IndAG                         Boolean                       NOT NULL  DEFAULT false                  /* JaNee */,
   CONSTRAINT pk_PersGeslnaamcomp PRIMARY KEY (ID),
   CONSTRAINT uc_PersGeslnaamcomp_Pers_Volgnr UNIQUE (Pers, Volgnr)
);
ALTER SEQUENCE Kern.seq_PersGeslnaamcomp OWNED BY Kern.PersGeslnaamcomp.ID;

CREATE SEQUENCE Kern.seq_PersIndicatie START WITH 1;
CREATE TABLE Kern.PersIndicatie (
   ID                            Bigint                        NOT NULL  DEFAULT nextval('Kern.seq_PersIndicatie')   /* PersIndicatieID */,
   Pers                          Bigint                        NOT NULL                                 /* PersID */,
   Srt                           Smallint                      NOT NULL                                 /* SrtIndicatieID */,
   Waarde                        Boolean                                 CHECK (Waarde IN (true))       /* Ja */,
   MigrRdnOpnameNation           Varchar(3)                              CHECK (MigrRdnOpnameNation <> '' )   /* LO3RdnOpnameNation */,
   MigrRdnBeeindigenNation       Varchar(3)                              CHECK (MigrRdnBeeindigenNation <> '' )   /* LO3RdnBeeindigenNation */,
   IndAG                         Boolean                       NOT NULL  DEFAULT false                  /* JaNee */,
   CONSTRAINT pk_PersIndicatie PRIMARY KEY (ID),
   CONSTRAINT uc_PersIndicatie_Pers_Srt UNIQUE (Pers, Srt)
);
ALTER SEQUENCE Kern.seq_PersIndicatie OWNED BY Kern.PersIndicatie.ID;

CREATE SEQUENCE Kern.seq_PersNation START WITH 1;
CREATE TABLE Kern.PersNation (
   ID                            Bigint                        NOT NULL  DEFAULT nextval('Kern.seq_PersNation')   /* PersNationID */,
   Pers                          Bigint                        NOT NULL                                 /* PersID */,
   Nation                        Integer                       NOT NULL                                 /* NationID */,
   RdnVerk                       Smallint                                                               /* RdnVerkNLNationID */,
   RdnVerlies                    Smallint                                                               /* RdnVerliesNLNationID */,
   IndBijhoudingBeeindigd        Boolean                                 CHECK (IndBijhoudingBeeindigd IN (true))   /* Ja */,
   MigrRdnOpnameNation           Varchar(3)                              CHECK (MigrRdnOpnameNation <> '' )   /* LO3RdnOpnameNation */,
   MigrRdnBeeindigenNation       Varchar(3)                              CHECK (MigrRdnBeeindigenNation <> '' )   /* LO3RdnBeeindigenNation */,
   MigrDatEindeBijhouding        Integer                                                                /* DatEvtDeelsOnbekend */,
   IndAG                         Boolean                       NOT NULL  DEFAULT false                  /* JaNee */,
   CONSTRAINT pk_PersNation PRIMARY KEY (ID),
   CONSTRAINT uc_PersNation_Pers_Nation UNIQUE (Pers, Nation)
);
ALTER SEQUENCE Kern.seq_PersNation OWNED BY Kern.PersNation.ID;

CREATE SEQUENCE Kern.seq_PersReisdoc START WITH 1;
CREATE TABLE Kern.PersReisdoc (
   ID                            Bigint                        NOT NULL  DEFAULT nextval('Kern.seq_PersReisdoc')   /* PersReisdocID */,
   Pers                          Bigint                        NOT NULL                                 /* PersID */,
   Srt                           Smallint                      NOT NULL                                 /* SrtNLReisdocID */,
   Nr                            Varchar(9)                              CHECK (Nr <> '' )              /* ReisdocNr */,
   AutVanAfgifte                 Varchar(6)                              CHECK (AutVanAfgifte <> '' )   /* AutVanAfgifteReisdocCode */,
   DatIngangDoc                  Integer                                                                /* DatEvtDeelsOnbekend */,
   DatEindeDoc                   Integer                                                                /* DatEvtDeelsOnbekend */,
   DatUitgifte                   Integer                                                                /* DatEvtDeelsOnbekend */,
   DatInhingVermissing           Integer                                                                /* DatEvtDeelsOnbekend */,
   AandInhingVermissing          Smallint                                                               /* AandInhingVermissingReisdocI */,
   IndAG                         Boolean                       NOT NULL  DEFAULT false                  /* JaNee */,
   CONSTRAINT pk_PersReisdoc PRIMARY KEY (ID)
);
ALTER SEQUENCE Kern.seq_PersReisdoc OWNED BY Kern.PersReisdoc.ID;

CREATE SEQUENCE Kern.seq_PersVerificatie START WITH 1;
CREATE TABLE Kern.PersVerificatie (
   ID                            Bigint                        NOT NULL  DEFAULT nextval('Kern.seq_PersVerificatie')   /* PersVerificatieID */,
   Pers                          Bigint                        NOT NULL                                 /* PersID */,
   Partij                        Smallint                      NOT NULL                                 /* PartijID */,
   Srt                           Varchar(80)                   NOT NULL  CHECK (Srt <> '' )             /* NaamEnumeratiewaarde */,
   Dat                           Integer                                                                /* DatEvtDeelsOnbekend */,
   IndAG                         Boolean                       NOT NULL  DEFAULT false                  /* JaNee */,
   CONSTRAINT pk_PersVerificatie PRIMARY KEY (ID)
);
ALTER SEQUENCE Kern.seq_PersVerificatie OWNED BY Kern.PersVerificatie.ID;

CREATE SEQUENCE Kern.seq_PersVerstrbeperking START WITH 1;
CREATE TABLE Kern.PersVerstrbeperking (
   ID                            Bigint                        NOT NULL  DEFAULT nextval('Kern.seq_PersVerstrbeperking')   /* PersVerstrbeperkingID */,
   Pers                          Bigint                        NOT NULL                                 /* PersID */,
   Partij                        Smallint                                                               /* PartijID */,
   OmsDerde                      Varchar(250)                            CHECK (OmsDerde <> '' )        /* OmsEnumeratiewaarde */,
   GemVerordening                Smallint                                                               /* PartijID */,
   IndAG                         Boolean                       NOT NULL  DEFAULT false                  /* JaNee */,
   CONSTRAINT pk_PersVerstrbeperking PRIMARY KEY (ID),
   CONSTRAINT uc_PersVerstrbeperking_Pers_Partij_OmsDerde_GemVerordening UNIQUE (Pers, Partij, OmsDerde, GemVerordening)
);
ALTER SEQUENCE Kern.seq_PersVerstrbeperking OWNED BY Kern.PersVerstrbeperking.ID;

CREATE SEQUENCE Kern.seq_PersVoornaam START WITH 1;
CREATE TABLE Kern.PersVoornaam (
   ID                            Bigint                        NOT NULL  DEFAULT nextval('Kern.seq_PersVoornaam')   /* PersVoornaamID */,
   Pers                          Bigint                        NOT NULL                                 /* PersID */,
   Volgnr                        Integer                       NOT NULL                                 /* Volgnr */,
   Naam                          Varchar(200)                            CHECK (Naam <> '' )            /* Voornaam */,
   IndAG                         Boolean                       NOT NULL  DEFAULT false                  /* JaNee */,
   CONSTRAINT pk_PersVoornaam PRIMARY KEY (ID),
   CONSTRAINT uc_PersVoornaam_Pers_Volgnr UNIQUE (Pers, Volgnr)
);
ALTER SEQUENCE Kern.seq_PersVoornaam OWNED BY Kern.PersVoornaam.ID;

CREATE SEQUENCE Kern.seq_PersCache START WITH 1;
CREATE TABLE Kern.PersCache (
   ID                            Bigint                        NOT NULL  DEFAULT nextval('Kern.seq_PersCache')   /* PersID */,
   Pers                          Bigint                        NOT NULL                                 /* PersID */,
   Versienr                      Smallint                      NOT NULL                                 /* VersienrKlein */,
   PersHistorieVolledigGegevens  bytea                                                                  /* Byteaopslag */,
   LockversieAfnemerindicatieGe  Bigint                                                                 /* Versienr */,
   AfnemerindicatieGegevens      bytea                                                                  /* Byteaopslag */,
   CONSTRAINT pk_PersCache PRIMARY KEY (ID)
);
ALTER SEQUENCE Kern.seq_PersCache OWNED BY Kern.PersCache.ID;

CREATE SEQUENCE Kern.seq_Relatie START WITH 1;
CREATE TABLE Kern.Relatie (
   ID                            Bigint                        NOT NULL  DEFAULT nextval('Kern.seq_Relatie')   /* RelatieID */,
   Srt                           Smallint                      NOT NULL                                 /* SrtRelatieID */,
   DatAanv                       Integer                                                                /* DatEvtDeelsOnbekend */,
   GemAanv                       Smallint                                                               /* GemID */,
   WplnaamAanv                   Varchar(80)                             CHECK (WplnaamAanv <> '' )     /* NaamEnumeratiewaarde */,
   BLPlaatsAanv                  Varchar(40)                             CHECK (BLPlaatsAanv <> '' )    /* BLPlaats */,
   BLRegioAanv                   Varchar(35)                             CHECK (BLRegioAanv <> '' )     /* BLRegio */,
   OmsLocAanv                    Varchar(40)                             CHECK (OmsLocAanv <> '' )      /* Locoms */,
   LandGebiedAanv                Integer                                                                /* LandGebiedID */,
   RdnEinde                      Smallint                                                               /* RdnEindeRelatieID */,
   DatEinde                      Integer                                                                /* DatEvtDeelsOnbekend */,
   GemEinde                      Smallint                                                               /* GemID */,
   WplnaamEinde                  Varchar(80)                             CHECK (WplnaamEinde <> '' )    /* NaamEnumeratiewaarde */,
   BLPlaatsEinde                 Varchar(40)                             CHECK (BLPlaatsEinde <> '' )   /* BLPlaats */,
   BLRegioEinde                  Varchar(35)                             CHECK (BLRegioEinde <> '' )    /* BLRegio */,
   OmsLocEinde                   Varchar(40)                             CHECK (OmsLocEinde <> '' )     /* Locoms */,
   LandGebiedEinde               Integer                                                                /* LandGebiedID */,
   IndAG                         Boolean                       NOT NULL  DEFAULT false                  /* JaNee */,
   CONSTRAINT pk_Relatie PRIMARY KEY (ID)
);
ALTER SEQUENCE Kern.seq_Relatie OWNED BY Kern.Relatie.ID;

CREATE SEQUENCE MigBlok.seq_Blokkering START WITH 1;
CREATE TABLE MigBlok.Blokkering (
   ID                            Integer                       NOT NULL  DEFAULT nextval('MigBlok.seq_Blokkering')   /* BlokkeringID */,
   ANr                           Char(10)                      NOT NULL  CHECK (ANr ~ '^[0-9]+$' AND Length(ANr) >= 10)   /* ANr */,
   RdnBlokkering                 Smallint                                                               /* RdnBlokkeringID */,
   ProcessInstantieID            Bigint                                                                 /* ProcessInstantieID */,
   LO3GemVestiging               Char(6)                                 CHECK (LO3GemVestiging ~ '^[0-9]+$' AND Length(LO3GemVestiging) >= 6)   /* LO3GemCode */,
   LO3GemReg                     Char(6)                                 CHECK (LO3GemReg ~ '^[0-9]+$' AND Length(LO3GemReg) >= 6)   /* LO3GemCode */,
   TsReg                         Timestamp with time zone      NOT NULL                                 /* Ts */,
   CONSTRAINT pk_Blokkering PRIMARY KEY (ID),
   CONSTRAINT uc_Blokkering_ANr UNIQUE (ANr)
);
ALTER SEQUENCE MigBlok.seq_Blokkering OWNED BY MigBlok.Blokkering.ID;

CREATE SEQUENCE VerConv.seq_LO3AandOuder START WITH 1;
CREATE TABLE VerConv.LO3AandOuder (
   ID                            Bigint                        NOT NULL  DEFAULT nextval('VerConv.seq_LO3AandOuder')   /* LO3AandOuderID */,
   Ouder                         Bigint                        NOT NULL                                 /* BetrID */,
   Srt                           Smallint                      NOT NULL                                 /* LO3SrtAandOuderID */,
   CONSTRAINT pk_LO3AandOuder PRIMARY KEY (ID),
   CONSTRAINT uc_LO3AandOuder_Ouder_Srt UNIQUE (Ouder, Srt)
);
ALTER SEQUENCE VerConv.seq_LO3AandOuder OWNED BY VerConv.LO3AandOuder.ID;

CREATE SEQUENCE VerConv.seq_LO3Ber START WITH 1;
CREATE TABLE VerConv.LO3Ber (
   ID                            Bigint                        NOT NULL  DEFAULT nextval('VerConv.seq_LO3Ber')   /* LO3BerID */,
   IndBersrtOnderdeelLO3Stelsel  Boolean                       NOT NULL                                 /* JaNee */,
   Referentie                    Varchar(36)                   NOT NULL  CHECK (Referentie <> '' )      /* LO3Referentie */,
   Bron                          Integer                       NOT NULL                                 /* ConvID */,
   ANr                           Char(10)                                CHECK (ANr ~ '^[0-9]+$' AND Length(ANr) >= 10)   /* ANr */,
   Pers                          Bigint                                                                 /* PersID */,
   Berdata                       bytea                         NOT NULL                                 /* Byteaopslag */,
   Checksum                      Varchar(40)                   NOT NULL  CHECK (Checksum <> '' )        /* Checksum */,
   TsConversie                   Timestamp with time zone      NOT NULL                                 /* Ts */,
   Foutcode                      Varchar(200)                            CHECK (Foutcode <> '' )        /* LO3Foutcode */,
   Verwerkingsmelding            Text                                                                   /* LO3Verwerkingsmelding */,
   CONSTRAINT pk_LO3Ber PRIMARY KEY (ID)
);
ALTER SEQUENCE VerConv.seq_LO3Ber OWNED BY VerConv.LO3Ber.ID;

CREATE SEQUENCE VerConv.seq_LO3Melding START WITH 1;
CREATE TABLE VerConv.LO3Melding (
   ID                            Bigint                        NOT NULL  DEFAULT nextval('VerConv.seq_LO3Melding')   /* LO3MeldingID */,
   LO3Voorkomen                  Bigint                        NOT NULL                                 /* LO3VoorkomenID */,
   Srt                           Integer                       NOT NULL                                 /* ConvID */,
   LogSeverity                   Integer                       NOT NULL                                 /* ConvID */,
   Groep                         Varchar(2)                              CHECK (Groep <> '' )           /* LO3Groep */,
   Rubr                          Varchar(2)                              CHECK (Rubr <> '' )            /* LO3RubriekExclCategorieEnGro */,
   CONSTRAINT pk_LO3Melding PRIMARY KEY (ID),
   CONSTRAINT uc_LO3Melding_LO3Voorkomen_Srt_Groep_Rubr UNIQUE (LO3Voorkomen, Srt, Groep, Rubr)
);
ALTER SEQUENCE VerConv.seq_LO3Melding OWNED BY VerConv.LO3Melding.ID;

CREATE SEQUENCE VerConv.seq_LO3Voorkomen START WITH 1;
CREATE TABLE VerConv.LO3Voorkomen (
   ID                            Bigint                        NOT NULL  DEFAULT nextval('VerConv.seq_LO3Voorkomen')   /* LO3VoorkomenID */,
   LO3Ber                        Bigint                        NOT NULL                                 /* LO3BerID */,
   LO3Categorie                  Varchar(2)                    NOT NULL  CHECK (LO3Categorie <> '' )    /* LO3Categorie */,
   LO3Stapelvolgnr               Integer                                                                /* Volgnr */,
   LO3Voorkomenvolgnr            Integer                                                                /* Volgnr */,
   Actie                         Bigint                                                                 /* ActieID */,
   LO3ConversieSortering         Smallint                                                               /* Sorteervolgorde */,
   CONSTRAINT pk_LO3Voorkomen PRIMARY KEY (ID),
   CONSTRAINT uc_LO3Voorkomen_LO3Ber_LO3Categorie_LO3Stapelvolgnr_LO3Voorkome UNIQUE (LO3Ber, LO3Categorie, LO3Stapelvolgnr, LO3Voorkomenvolgnr),
   CONSTRAINT uc_LO3Voorkomen_Actie UNIQUE (Actie) DEFERRABLE INITIALLY DEFERRED
);
ALTER SEQUENCE VerConv.seq_LO3Voorkomen OWNED BY VerConv.LO3Voorkomen.ID;

