-- source: GemsTracker/gemstracker-library configs/db/tables/*.sql (GemsTracker, patient-reported outcome / care-track system of Erasmus MC, BSD-3-Clause, see LICENSES.b.md): gems__respondents.30.sql @ 06266540d982b14eb66129ed84bb64ce8c9be8a4, gems__respondent2org.50.sql @ 06266540d982b14eb66129ed84bb64ce8c9be8a4, gems__respondent_relations.40.sql @ 3d6c240f66180e01ab50e81ec691df952b1edd79, gems__appointments.100.sql @ 3d6c240f66180e01ab50e81ec691df952b1edd79, gems__episodes_of_care.90.sql @ 3d6c240f66180e01ab50e81ec691df952b1edd79, gems__tokens.200.sql @ 24655519e30560f536f3130a694c90ae1288c3bf, gems__staff.20.sql @ 3d6c240f66180e01ab50e81ec691df952b1edd79, gems__user_passwords.50.sql @ 3d6c240f66180e01ab50e81ec691df952b1edd79, gems__user_logins.10.sql @ 13eb0a4fabc057dec2862be0363d053c400be054, gems__log_activity.110.sql @ 014e08ab034a3bfa47c156c37afce64f98e7bdd3, gems__log_respondent_communications.500.sql @ 3d6c240f66180e01ab50e81ec691df952b1edd79, gems__respondent2track.40.sql @ 1c488da43cea5020351b8fe6ab261395485e339b, gems__agenda_staff.50.sql @ 0540b64d2cd635a860a621156dc8355908eeb744, gems__agenda_diagnoses.50.sql @ 3d6c240f66180e01ab50e81ec691df952b1edd79, gems__respondent2track2field.50.sql @ 2cf67b290747d0dcdbcb33d95838975789b0670e, gems__log_respondent_consents.100.sql @ 3d6c240f66180e01ab50e81ec691df952b1edd79, gems__user_login_attempts.10.sql @ 3d6c240f66180e01ab50e81ec691df952b1edd79, gems__tracks.30.sql @ 0db141577c49d6cd5c29b796f717fb3907ef1e61, gems__reception_codes.10.sql @ 3d6c240f66180e01ab50e81ec691df952b1edd79, gems__agenda_activities.50.sql @ 41645a5c0e502bc42c0924286be98ebba109c34f, gems__token_attempts.10.sql @ 3d6c240f66180e01ab50e81ec691df952b1edd79; files concatenated verbatim, except one upstream typo fixed in gems__appointments (`gap_info json NULL;` written `gap_info json NULL,` so that the statement parses)

CREATE TABLE if not exists gems__respondents (
      grs_id_user bigint unsigned not null auto_increment references gems__user_ids (gui_id_user),

      grs_ssn varchar(32) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci'
            null unique key,

      grs_iso_lang char(2) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci' not null default 'en',

      grs_email varchar(100) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci' null,

      grs_first_name varchar(30) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci',
      -- grs_surname_prefix varchar(10) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci',
      grs_last_name varchar(50) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci',
      grs_gender char(1) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci'
            not null default 'U',
      grs_birthday date,

      grs_address_1 varchar(80) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci',
      grs_address_2 varchar(80) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci',
      grs_zipcode varchar(10) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci',
      grs_city varchar(40) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci',
      -- grs_region varchar(40) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci',
      grs_iso_country char(2) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci' not null default 'NL',
      grs_phone_1 varchar(25) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci',
      -- grs_phone_2 varchar(25) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci',
      -- grs_phone_3 varchar(25) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci',

      grs_changed timestamp not null default current_timestamp on update current_timestamp,
      grs_changed_by bigint unsigned not null,
      grs_created timestamp not null,
      grs_created_by bigint unsigned not null,

      PRIMARY KEY(grs_id_user),
      INDEX (grs_email)
   )
   ENGINE=InnoDB
   AUTO_INCREMENT = 30001
   CHARACTER SET 'utf8' COLLATE 'utf8_general_ci';


CREATE TABLE if not exists gems__respondent2org (
        gr2o_patient_nr varchar(7) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci' not null,
        gr2o_id_organization bigint unsigned not null
                references gems__organizations (gor_id_organization),

        gr2o_id_user bigint unsigned not null
                references gems__respondents (grs_id_user),

        -- gr2o_id_physician bigint unsigned null
        --       references gems_staff (gsf_id_user),

        -- gr2o_treatment varchar(200) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci' null,
        gr2o_comments text CHARACTER SET 'utf8' COLLATE 'utf8_general_ci' null,

        gr2o_consent varchar(20) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci' not null default 'Unknown'
                references gems__consents (gco_description),
        gr2o_reception_code varchar(20) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci' default 'OK' not null
                references gems__reception_codes (grc_id_reception_code),

        gr2o_opened timestamp not null default current_timestamp on update current_timestamp,
        gr2o_opened_by bigint unsigned not null,
        gr2o_changed timestamp not null,
        gr2o_changed_by bigint unsigned not null,
        gr2o_created timestamp not null,
        gr2o_created_by bigint unsigned not null,

        PRIMARY KEY (gr2o_patient_nr, gr2o_id_organization),
        UNIQUE KEY (gr2o_id_user, gr2o_id_organization),
        INDEX (gr2o_id_organization),
        INDEX (gr2o_opened),
        INDEX (gr2o_reception_code),
        INDEX (gr2o_opened_by),
        INDEX (gr2o_changed_by)
    )
    ENGINE=InnoDB
    CHARACTER SET 'utf8' COLLATE 'utf8_general_ci';


CREATE TABLE IF NOT EXISTS gems__respondent_relations (
        grr_id                      bigint(20) NOT NULL AUTO_INCREMENT,
        grr_id_respondent           bigint(20) NOT NULL  references gems__respondents (grs_id_user),
        grr_type                    varchar(64) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci',

        -- When staff this holds the id
        grr_id_staff                bigint(20) NULL DEFAULT NULL references gems__staff (gsf_id_user),

        -- when not staff, we need at least name, gender and email
        grr_email                   varchar(100) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' null,
        grr_phone                   varchar(20) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' null,
        grr_mailable                tinyint not null default 100 references gems__mail_codes (gmc_id),
        -- grr_initials_name           varchar(30) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci',
        grr_first_name              varchar(30) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci',
        -- grr_surname_prefix          varchar(10) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci',
        grr_last_name               varchar(50) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci',
        -- grr_partner_surname_prefix  varchar(10) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci',
        -- grr_partner_last_name       varchar(50) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci',
        grr_gender                  char(1) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' not null default 'U',
        grr_birthdate               date NULL DEFAULT NULL,
        grr_comments                text CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' null,

        grr_active                  boolean not null default 1,

        grr_changed                 timestamp not null default current_timestamp on update current_timestamp,
        grr_changed_by              bigint unsigned not null,
        grr_created                 timestamp not null default current_timestamp,
        grr_created_by              bigint unsigned not null,

        PRIMARY KEY (grr_id),
        INDEX grr_id_respondent (grr_id_respondent, grr_id_staff)
    )
    ENGINE=InnoDB
    CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci'
    AUTO_INCREMENT = 10001;

CREATE TABLE if not exists gems__appointments (
        gap_id_appointment      bigint unsigned not null auto_increment,
        gap_id_user             bigint unsigned not null references gems__respondents (grs_id_user),
        gap_id_organization     bigint unsigned not null references gems__organizations (gor_id_organization),

        gap_id_episode          bigint unsigned null references gems__episodes_of_care (gec_episode_of_care_id),

        gap_source              varchar(20) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' not null default 'manual',
        gap_id_in_source        varchar(40) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' null default null,
        gap_last_synch          timestamp null default null,
        gap_manual_edit         boolean not null default 0,

        gap_code                varchar(1) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' not null default 'A',
        -- one off A => Ambulatory, E => Emergency, F => Field, H => Home, I => Inpatient, S => Short stay, V => Virtual
        -- see http://wiki.hl7.org/index.php?title=PA_Patient_Encounter

        -- Not implemented
        -- moodCode http://wiki.ihe.net/index.php?title=1.3.6.1.4.1.19376.1.5.3.1.4.14
        -- one of  PRMS Scheduled, ARQ requested but no date, EVN has occurred

        gap_status              varchar(2) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' not null default 'AC',
        -- one off AB => Aborted, AC => active, CA => Cancelled, CO => completed
        -- see http://wiki.hl7.org/index.php?title=PA_Patient_Encounter

        gap_admission_time      datetime not null,
        gap_discharge_time      datetime null,

        gap_id_attended_by      bigint unsigned null references gems__agenda_staff (gas_id_staff),
        gap_id_referred_by      bigint unsigned null references gems__agenda_staff (gas_id_staff),
        gap_id_activity         bigint unsigned null references gems__agenda_activities (gaa_id_activity),
        gap_id_procedure        bigint unsigned null references gems__agenda_procedures (gapr_id_procedure),
        gap_id_location         bigint unsigned null references gems__locations (glo_id_location),
        gap_diagnosis_code      varchar(50) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' null
                                references gems__agenda_diagnoses (gad_diagnosis_code),

        gap_subject             varchar(250) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' null default null,
        gap_comment             TEXT CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' null default null,

        gap_info                json NULL,

        gap_changed             timestamp not null default current_timestamp on update current_timestamp,
        gap_changed_by          bigint unsigned not null,
        gap_created             timestamp not null default current_timestamp,
        gap_created_by          bigint unsigned not null,

        PRIMARY KEY (gap_id_appointment),
        UNIQUE INDEX (gap_id_in_source, gap_id_organization, gap_source),
        INDEX (gap_id_user, gap_id_organization),
        INDEX (gap_admission_time),
        INDEX (gap_code),
        INDEX (gap_status),
        INDEX (gap_id_attended_by),
        INDEX (gap_id_referred_by),
        INDEX (gap_id_activity),
        INDEX (gap_id_procedure),
        INDEX (gap_id_location)
    )
    ENGINE=InnoDB
    auto_increment = 2000000
    CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci';

CREATE TABLE if not exists gems__episodes_of_care (
        gec_episode_of_care_id      bigint unsigned not null auto_increment,
        gec_id_user                 bigint unsigned not null references gems__respondents (grs_id_user),
        gec_id_organization         bigint unsigned not null references gems__organizations (gor_id_organization),

        gec_source                  varchar(20) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' not null default 'manual',
        gec_id_in_source            varchar(40) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' null default null,
        gec_manual_edit             boolean not null default 0,

        gec_status                  varchar(1) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' not null default 'A',
        -- one off A => active, C => Cancelled, E => Error, F => Finished, O => Onhold, P => Planned, W => Waitlist
        -- see https://www.hl7.org/fhir/episodeofcare.html

        gec_startdate               date not null,
        gec_enddate                 date null,

        gec_id_attended_by          bigint unsigned null references gems__agenda_staff (gas_id_staff),

        gec_subject                 varchar(250) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' null default null,
        gec_comment                 text CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' null default null,

        gec_diagnosis               varchar(250) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' null default null,
        gec_diagnosis_data          text CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' null default null,
        gec_extra_data              text CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' null default null,

        gec_changed                 timestamp not null default current_timestamp on update current_timestamp,
        gec_changed_by              bigint unsigned not null,
        gec_created                 timestamp not null default current_timestamp,
        gec_created_by              bigint unsigned not null,

        PRIMARY KEY (gec_episode_of_care_id)
    )
    ENGINE=InnoDB
    auto_increment = 400000
    CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci';


CREATE TABLE if not exists gems__tokens (
        gto_id_token varchar(9) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci' not null,

        gto_id_respondent_track bigint unsigned not null
                references gems__respondent2track (gr2t_id_respondent_track),
        gto_id_round bigint unsigned not null
                references gems__rounds (gro_id_round),

        -- non-changing fields calculated from previous two:
        gto_id_respondent bigint unsigned not null
                references gems__respondents (grs_id_user),
        gto_id_organization bigint unsigned not null
                references gems__organizations (gor_id_organization),
        gto_id_track bigint unsigned not null
                references gems__tracks (gtr_id_track),

        -- values initially filled from gems__rounds, but that may get different values later on
        gto_id_survey         bigint unsigned not null references gems__surveys (gsu_id_survey),

        -- values initially filled from gems__rounds, but that might get different values later on, but but not now
        gto_round_order       int not null default 10,
        gto_round_description varchar(100) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci' null,

        -- real data
        gto_valid_from      datetime,
        gto_valid_until     datetime,
        gto_mail_sent_date  date,
        gto_mail_sent_num   int(11) unsigned not null default 0,
        gto_next_mail_date  date,

        gto_start_time      datetime,
        gto_in_source       boolean not null default 0,
        gto_by              bigint(20) unsigned NULL,

        gto_completion_time datetime,
        gto_duration_in_sec bigint(20) unsigned NULL,
        gto_followup_date   date, -- depreciated
        gto_result          varchar(20) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci',

        gto_comment         varchar(250) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci' null default null,
        gto_reception_code  varchar(20) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci' default 'OK' not null
                references gems__reception_codes (grc_id_reception_code),

        gto_return_url      varchar(250) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci' null default null,

        gto_changed timestamp not null default current_timestamp on update current_timestamp,
        gto_changed_by bigint unsigned not null,
        gto_created timestamp not null,
        gto_created_by bigint unsigned not null,

        PRIMARY KEY (gto_id_token),
        INDEX (gto_id_organization),
        INDEX (gto_id_respondent),
        INDEX (gto_id_survey),
        INDEX (gto_id_track),
        INDEX (gto_id_round),
        INDEX (gto_in_source),
        INDEX (gto_reception_code),
        INDEX (gto_id_respondent_track, gto_round_order),
        INDEX (gto_valid_from, gto_valid_until),
        INDEX (gto_completion_time)
    )
    ENGINE=InnoDB
    CHARACTER SET 'utf8' COLLATE 'utf8_general_ci';


-- Table containing the project staff
--
CREATE TABLE if not exists gems__staff (
        gsf_id_user             bigint unsigned not null references gems__user_ids (gui_id_user),

        gsf_login               varchar(20) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' not null,
        gsf_id_organization     bigint not null references gems__organizations (gor_id_organization),

        gsf_active              boolean null default 1,

        gsf_id_primary_group    bigint unsigned references gems__groups (ggp_id_group),
        gsf_iso_lang            char(2) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' not null default 'en',
        gsf_logout_on_survey    boolean not null default 0,
        gsf_mail_watcher        boolean not null default 0,

        gsf_email               varchar(100) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci',

        gsf_first_name          varchar(30) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci',
        gsf_surname_prefix      varchar(10) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci',
        gsf_last_name           varchar(30) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci',
        gsf_gender              char(1) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci'
                                not null default 'U',
        -- gsf_birthday            date,
        gsf_job_title           varchar(64) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci',

        -- gsf_address_1           varchar(80) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci',
        -- gsf_address_2           varchar(80) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci',
        -- gsf_zipcode             varchar(10) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci',
        -- gsf_city                varchar(40) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci',
        -- gsf_region              varchar(40) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci',
        -- gsf_iso_country         char(2) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci'
        --                         references phpwcms__phpwcms_country (country_iso),
        gsf_phone_1             varchar(25) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci',
        -- gsf_phone_2             varchar(25) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci',
        -- gsf_phone_3             varchar(25) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci',

        gsf_is_embedded         boolean not null default 0,

        gsf_changed             timestamp not null default current_timestamp on update current_timestamp,
        gsf_changed_by          bigint unsigned not null,
        gsf_created             timestamp not null default current_timestamp,
        gsf_created_by          bigint unsigned not null,

        PRIMARY KEY (gsf_id_user),
        UNIQUE KEY (gsf_login, gsf_id_organization),
        KEY (gsf_email)
    )
    ENGINE=InnoDB
    AUTO_INCREMENT = 2001
    CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci';


-- Table containing the users that are allowed to login
--
CREATE TABLE if not exists gems__user_passwords (
        gup_id_user          bigint unsigned not null references gems__user_logins (gul_id_user),

        gup_password         varchar(255) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' null,
        gup_reset_key        char(64) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' null,
        gup_reset_requested  timestamp null,
        gup_reset_required   boolean not null default 0,
        gup_last_pwd_change  timestamp not null default current_timestamp,

        gup_changed          timestamp not null default current_timestamp on update current_timestamp,
        gup_changed_by       bigint unsigned not null,
        gup_created          timestamp not null default current_timestamp,
        gup_created_by       bigint unsigned not null,

        PRIMARY KEY (gup_id_user),
        UNIQUE KEY (gup_reset_key)
    )
    ENGINE=InnoDB
    CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci';

-- Table containing the users that are allowed to login
--
CREATE TABLE if not exists gems__user_logins (
        gul_id_user          bigint unsigned not null auto_increment,

        gul_login            varchar(30) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_general_ci' not null references gems__staff (gsf_login),
        gul_id_organization  bigint not null references gems__organizations (gor_id_organization),

        gul_user_class       varchar(30) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_general_ci' not null default 'NoLogin',
        gul_can_login        boolean not null default 0,
        gul_session_key      varchar(32) COLLATE 'utf8mb4_unicode_ci' NULL,

        gul_two_factor_key   varchar(100) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_general_ci' null default null,
        gul_enable_2factor   boolean not null default 1,

        gul_otp_count        bigint unsigned NOT NULL DEFAULT 0,
        gul_otp_requested    timestamp NULL,

        gul_changed          timestamp not null default current_timestamp on update current_timestamp,
        gul_changed_by       bigint unsigned not null,
        gul_created          timestamp not null default current_timestamp,
        gul_created_by       bigint unsigned not null,

        PRIMARY KEY (gul_id_user),
        UNIQUE (gul_login, gul_id_organization)
    )
    ENGINE=InnoDB
    AUTO_INCREMENT = 10001
    CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_general_ci';

/*
-- Code to restore login codes after failed update. You just never know when we might need it again.

UPDATE gems__user_logins
    SET gul_user_class =
    CASE
        WHEN EXISTS(SELECT gsf_id_user FROM gems__staff WHERE gsf_login = gul_login AND gsf_id_organization = gul_id_organization) THEN
            CASE
                WHEN EXISTS(SELECT gup_id_user FROM gems__user_passwords WHERE gup_id_user = gul_id_user) THEN 'StaffUser'
                ELSE 'OldStaffUser'
            END
        WHEN EXISTS(SELECT gr2o_id_user FROM gems__respondent2org WHERE gr2o_patient_nr = gul_login AND gr2o_id_organization = gul_id_organization) THEN 'RespondentUser'
        ELSE 'NoLogin'
    END
    WHERE gul_user_class = 'StaffUser';

*/

CREATE TABLE if not exists gems__log_activity (
        gla_id              bigint unsigned not null auto_increment,

        gla_action          int unsigned    not null references gems__log_setup     (gls_id_action),
        gla_respondent_id   bigint unsigned null     references gems__respondents   (grs_id_user),

        gla_by              bigint unsigned null,
        gla_organization    bigint unsigned not null, -- references gems__organizations (gor_id_organization),
        gla_role            varchar(20) character set 'utf8mb4' collate 'utf8mb4_unicode_ci' not null,

        gla_changed         boolean not null default 0,
        gla_message         text character set 'utf8mb4' collate 'utf8mb4_unicode_ci' null default null,
        gla_data            text character set 'utf8mb4' collate 'utf8mb4_unicode_ci' null default null,
        gla_method          varchar(10) character set 'utf8mb4' collate 'utf8mb4_unicode_ci' not null,
        gla_remote_ip       varchar(64) character set 'utf8mb4' collate 'utf8mb4_unicode_ci' not null,

        gla_created         timestamp not null default current_timestamp,

        PRIMARY KEY (gla_id),
        INDEX (gla_action),
        INDEX (gla_respondent_id),
        INDEX (gla_by),
        INDEX (gla_organization),
        INDEX (gla_role),
        INDEX (gla_created)
   )
   ENGINE=InnoDB
   auto_increment = 100000
   CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci';

CREATE TABLE if not exists gems__log_respondent_communications (
        grco_id_action    bigint unsigned not null auto_increment,

        grco_id_to        bigint unsigned not null references gems__respondents (grs_id_user),
        grco_id_by        bigint unsigned null default 0 references gems__staff (gsf_id_user),
        grco_organization bigint unsigned not null references gems__organizations (gor_id_organization),

        grco_id_token     varchar(9) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' null references gems__tokens (gto_id_token),

        grco_method       varchar(12) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' not null,
        grco_topic        varchar(120) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' not null,
        grco_address      varchar(120) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' null,
        grco_sender       varchar(120) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' null,
        grco_comments     varchar(120) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' null,

        grco_id_message   bigint unsigned null references gems__comm_templates (gct_id_template),
        grco_id_job       bigint unsigned null references gems__comm_jobs (gcj_id_job),

        grco_changed      timestamp not null default current_timestamp,
        grco_changed_by   bigint unsigned not null,
        grco_created      timestamp not null default current_timestamp,
        grco_created_by   bigint unsigned not null,

        PRIMARY KEY (grco_id_action)
    )
    ENGINE=InnoDB
    auto_increment = 200000
    CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci';


CREATE TABLE if not exists gems__respondent2track (
        gr2t_id_respondent_track    bigint unsigned not null auto_increment,

        gr2t_id_user                bigint unsigned not null references gems__respondents (grs_id_user),
        gr2t_id_track               bigint unsigned not null references gems__tracks (gtr_id_track),

        gr2t_track_info             varchar(500) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci',
        gr2t_start_date             datetime null,
        gr2t_end_date               datetime null,
        gr2t_end_date_manual        boolean not null default 0,

        gr2t_id_organization        bigint unsigned not null references gems__organizations (gor_id_organization),

        gr2t_mailable               tinyint not null default 100 references gems__mail_codes (gmc_id),
        gr2t_active                 boolean not null default 1,
        gr2t_count                  int unsigned not null default 0,
        gr2t_completed              int unsigned not null default 0,

        gr2t_reception_code         varchar(20) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' default 'OK' not null
                                    references gems__reception_codes (grc_id_reception_code),
        gr2t_comment                varchar(250) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' null,

        gr2t_changed                timestamp not null default current_timestamp on update current_timestamp,
        gr2t_changed_by             bigint unsigned not null,
        gr2t_created                timestamp not null default current_timestamp,
        gr2t_created_by             bigint unsigned not null,

        PRIMARY KEY (gr2t_id_respondent_track),
        INDEX (gr2t_id_track),
        INDEX (gr2t_id_user),
        INDEX (gr2t_start_date),
        INDEX (gr2t_id_organization),
        INDEX (gr2t_created_by)
    )
    ENGINE=InnoDB
    auto_increment = 100000
    CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci';

CREATE TABLE if not exists gems__agenda_staff (
        gas_id_staff        bigint unsigned not null auto_increment,
        gas_name            varchar(250) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci',
        gas_function        varchar(50) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci',

        gas_id_organization bigint unsigned not null references gems__organizations (gor_id_organization),
        gas_id_user         bigint unsigned null references gems__staff (gsf_id_user),

        gas_match_to        varchar(250) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci',

        gas_active          boolean not null default 1,

        gas_changed         timestamp not null default current_timestamp on update current_timestamp,
        gas_changed_by      bigint unsigned not null,
        gas_created         timestamp not null default '0000-00-00 00:00:00',
        gas_created_by      bigint unsigned not null,

        PRIMARY KEY (gas_id_staff),
        INDEX (gas_name)
    )
    ENGINE=InnoDB
    auto_increment = 3000
    CHARACTER SET 'utf8' COLLATE 'utf8_general_ci';


CREATE TABLE if not exists gems__agenda_diagnoses (
        gad_diagnosis_code  varchar(50) not null,
        gad_description     varchar(250) null default null,

        gad_coding_method   varchar(10) not null default 'DBC',
        gad_code            varchar(40) null default null,

        gad_source          varchar(20) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' not null default 'manual',
        gad_id_in_source    varchar(40) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' null default null,

        gad_active          boolean not null default 1,
        gad_filter          boolean not null default 0,

        gad_changed         timestamp not null default current_timestamp on update current_timestamp,
        gad_changed_by      bigint unsigned not null,
        gad_created         timestamp not null default current_timestamp,
        gad_created_by      bigint unsigned not null,

        PRIMARY KEY (gad_diagnosis_code),
        INDEX (gad_description)
    )
    ENGINE=InnoDB
    CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci';


CREATE TABLE if not exists gems__respondent2track2field (
        gr2t2f_id_respondent_track bigint unsigned not null references gems__respondent2track (gr2t_id_respondent_track),
        gr2t2f_id_field bigint unsigned not null references gems__track_fields (gtf_id_field),

        gr2t2f_value text CHARACTER SET 'utf8' COLLATE 'utf8_general_ci' null,

        gr2t2f_changed timestamp not null default current_timestamp on update current_timestamp,
        gr2t2f_changed_by bigint unsigned not null,
        gr2t2f_created timestamp not null,
        gr2t2f_created_by bigint unsigned not null,

        PRIMARY KEY(gr2t2f_id_respondent_track,gr2t2f_id_field)
    )
    ENGINE=InnoDB
    CHARACTER SET 'utf8' COLLATE 'utf8_general_ci';


-- Created by Matijs de Jong <mjong@magnafacta.nl>
CREATE TABLE if not exists gems__log_respondent_consents (
        glrc_id                 bigint unsigned not null auto_increment,

        glrc_id_user            bigint unsigned not null references gems__respondents (grs_id_user),
        glrc_id_organization    bigint unsigned not null references gems__organizations (gor_id_organization),

        glrc_consent_field      varchar(30) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci'
                                not null default 'gr2o_consent',
        glrc_old_consent        varchar(20) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' null default null
                                references gems__consents (gco_description),
        glrc_new_consent        varchar(20) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' not null
                                references gems__consents (gco_description),

        glrc_created            timestamp not null default current_timestamp,
        glrc_created_by         bigint unsigned not null,

        PRIMARY KEY (glrc_id)
    )
    ENGINE=InnoDB
    auto_increment = 2000000
    CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci';


-- Table for keeping track of failed login attempts
--
CREATE TABLE if not exists gems__user_login_attempts (
        gula_login            varchar(30) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' not null,
        gula_id_organization  bigint not null references gems__organizations (gor_id_organization),

	gula_failed_logins    int(11) unsigned not null default 0,
        gula_last_failed      timestamp null,
        gula_block_until      timestamp null,

        PRIMARY KEY (gula_login, gula_id_organization)
    )
    ENGINE=InnoDB
    CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci';

CREATE TABLE if not exists gems__tracks (
        gtr_id_track                int unsigned not null auto_increment,
        gtr_track_name              varchar(40) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci' not null unique key,

        gtr_track_info              varchar(250) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci',
        gtr_code                    varchar(64) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci' null,

        gtr_date_start              date not null,
        gtr_date_until              date null,

        gtr_active                  boolean not null default 0,
        gtr_survey_rounds           int unsigned not null default 0,

        gtr_track_class             varchar(64) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci' not null,
        gtr_beforefieldupdate_event varchar(128) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci',
        gtr_calculation_event       varchar(128) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci',
        gtr_completed_event         varchar(128) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci',
        gtr_fieldupdate_event       varchar(128) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci',

        -- Yes, quick and dirty
        gtr_organizations           varchar(250) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci',

        gtr_changed                 timestamp not null default current_timestamp on update current_timestamp,
        gtr_changed_by              bigint unsigned not null,
        gtr_created                 timestamp not null,
        gtr_created_by              bigint unsigned not null,

        PRIMARY KEY (gtr_id_track),
        INDEX (gtr_track_name),
        INDEX (gtr_active),
        INDEX (gtr_track_class)
    )
    ENGINE=InnoDB
    auto_increment = 7000
    CHARACTER SET 'utf8' COLLATE 'utf8_general_ci';


CREATE TABLE if not exists gems__reception_codes (
      grc_id_reception_code varchar(20) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' not null,
      grc_description       varchar(40) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' not null,

      grc_success           boolean not null default 0,

      grc_for_surveys       tinyint not null default 0,
      grc_redo_survey       tinyint not null default 0,
      grc_for_tracks        boolean not null default 0,
      grc_for_respondents   boolean not null default 0,
      grc_overwrite_answers boolean not null default 0,
      grc_active            boolean not null default 1,

      grc_changed    timestamp not null default current_timestamp on update current_timestamp,
      grc_changed_by bigint unsigned not null,
      grc_created    timestamp not null default current_timestamp,
      grc_created_by bigint unsigned not null,

      PRIMARY KEY (grc_id_reception_code),
      INDEX (grc_success)
   )
   ENGINE=InnoDB
   auto_increment = 1
   CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci';

CREATE TABLE if not exists gems__agenda_activities (
        gaa_id_activity     bigint unsigned not null auto_increment,
        gaa_name            varchar(250) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci',

        gaa_id_organization bigint unsigned null references gems__organizations (gor_id_organization),

        gaa_name_for_resp   varchar(50) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci',
        gaa_match_to        varchar(250) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci',
        gaa_code            varchar(40) CHARACTER SET 'utf8' COLLATE 'utf8_general_ci',

        gaa_active          boolean not null default 1,

        gaa_changed         timestamp not null default current_timestamp on update current_timestamp,
        gaa_changed_by      bigint unsigned not null,
        gaa_created         timestamp not null default '0000-00-00 00:00:00',
        gaa_created_by      bigint unsigned not null,

        PRIMARY KEY (gaa_id_activity),
        INDEX (gaa_name)
    )
    ENGINE=InnoDB
    auto_increment = 500
    CHARACTER SET 'utf8' COLLATE 'utf8_general_ci';


CREATE TABLE if not exists gems__token_attempts (
        gta_id_attempt      bigint unsigned not null auto_increment,
        gta_id_token        varchar(9) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' not null,
        gta_ip_address      varchar(64) CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci' not null,
        gta_datetime        timestamp not null default current_timestamp,
        gta_activated       boolean null default 0,


        PRIMARY KEY (gta_id_attempt)
    )
    ENGINE=InnoDB
	AUTO_INCREMENT = 10000
    CHARACTER SET 'utf8mb4' COLLATE 'utf8mb4_unicode_ci';

