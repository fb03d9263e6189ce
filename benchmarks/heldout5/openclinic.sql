-- source: jact/openclinic install/sql/*.sql (GPL; Spanish comments): patient_tbl.sql @ 13c63142134fe2af14a6c610e20d90dc9ed89aaa, history_tbl.sql @ d4f548f1f762c9e97b003aff3eebbcebb82b2434, problem_tbl.sql @ d7d8e071923984c94e5cd2e76a4f58c0fae15b82, relative_tbl.sql @ 396513db1c81622648f08eba603a1fe48b255781, connection_problem_tbl.sql @ a6b28c2b0522aead06241f68eaa6bd6e71ee8ebb, medical_test_tbl.sql @ 9de2274c4d6d80080cf647b92a475c772e41baea, staff_tbl.sql @ 9de2274c4d6d80080cf647b92a475c772e41baea, user_tbl.sql @ 9de2274c4d6d80080cf647b92a475c772e41baea, deleted_patient_tbl.sql @ a6f48b97b6a781711f33b2f05f3241c2244c6b52, deleted_problem_tbl.sql @ 9de2274c4d6d80080cf647b92a475c772e41baea, access_log_tbl.sql @ 89125a2cd2fbd04f252ecd193380bed724261745, record_log_tbl.sql @ 7ce9c56ec3ac8517628c9b805ce5d7f0572b7f56, session_tbl.sql @ d7d8e071923984c94e5cd2e76a4f58c0fae15b82, profile_tbl.sql @ d4f548f1f762c9e97b003aff3eebbcebb82b2434, setting_tbl.sql @ 6ef80833b8c16ee1e3a9f732f1d8529ff062ebe6, theme_tbl.sql @ d4f548f1f762c9e97b003aff3eebbcebb82b2434; files concatenated verbatim, the demo INSERTs of staff_tbl, user_tbl and theme_tbl dropped
/**
 * patient_tbl.sql
 *
 * Creation of patient_tbl structure
 *
 * Licensed under the GNU GPL. For full terms see the file LICENSE.
 *
 * @package   OpenClinic
 * @copyright 2002-2013 jact
 * @license   http://www.gnu.org/copyleft/gpl.html GNU GPL
 * @version   CVS: $Id: patient_tbl.sql,v 1.9 2013/01/13 14:19:34 jact Exp $
 * @author    jact <jachavar@gmail.com>
 */

CREATE TABLE patient_tbl (
  id_patient INT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  /*last_update_date DATE NOT NULL,*/ /* fecha de última actualización */
  nif VARCHAR(20) NULL,
  first_name VARCHAR(25) NOT NULL,
  surname1 VARCHAR(30) NOT NULL,
  surname2 VARCHAR(30) NULL DEFAULT '',
  address TEXT NULL,
  phone_contact TEXT NULL,
  sex ENUM('V','H') NOT NULL DEFAULT 'V',
  race VARCHAR(25) NULL, /* raza: amarilla, blanca, cobriza, negra */
  birth_date DATE NULL, /* fecha de nacimiento */
  birth_place VARCHAR(40) NULL, /* lugar de nacimiento */
  decease_date DATE NULL, /* fecha de defunción */
  nts VARCHAR(30) NULL, /* número de tarjeta sanitaria */
  nss VARCHAR(30) NULL, /* número de la seguridad social */
  family_situation TEXT NULL, /* situación familiar */
  labour_situation TEXT NULL, /* situación laboral */
  education TEXT NULL, /* estudios */
  insurance_company VARCHAR(30) NULL, /* entidad aseguradora */
  id_member INT UNSIGNED NULL, /* clave del médico al que pertenece por cupo */
  FOREIGN KEY (id_member) REFERENCES staff_tbl(id_member) ON DELETE SET NULL
) ENGINE=MyISAM;

/**
 * This file is part of OpenClinic
 *
 * Copyright (c) 2002-2004 jact
 * Licensed under the GNU GPL. For full terms see the file LICENSE.
 *
 * $Id: history_tbl.sql,v 1.2 2004/04/18 14:22:24 jact Exp $
 */

/**
 * history_tbl.sql
 ********************************************************************
 * Change this
 ********************************************************************
 * Author: jact <jachavar@terra.es>
 */

CREATE TABLE history_tbl (
  id_patient INT UNSIGNED PRIMARY KEY,
  birth_growth TEXT NULL, /* nacimiento y crecimiento (desarrollo) */
  growth_sexuality TEXT NULL, /* desarrollo y vida sexual */
  feed TEXT NULL, /* alimentación */
  habits TEXT NULL, /* hábitos */
  peristaltic_conditions TEXT NULL, /* condiciones peristáticas */
  psychological TEXT NULL, /* psicológicos */
  children_complaint TEXT NULL, /* enfermedades de la infancia */
  venereal_disease TEXT NULL, /* enfermedades de transmisión sexual */
  accident_surgical_operation TEXT NULL, /* accidentes e intervenciones quirúrgicas */
  medicinal_intolerance TEXT NULL, /* intolerancia medicamentosa */
  mental_illness TEXT NULL, /* enfermedades mentales y neuróticas */
  parents_status_health TEXT NULL, /* estado de salud de los padres */
  brothers_status_health TEXT NULL, /* estado de salud de los hermanos */
  spouse_childs_status_health TEXT NULL, /* estado de salud del cónyuge e hijos */
  family_illness TEXT NULL, /* enfermedades acumuladas en la familia */
  FOREIGN KEY (id_patient) REFERENCES patient_tbl(id_patient) ON DELETE CASCADE
);

/**
 * problem_tbl.sql
 *
 * Creation of problem_tbl structure
 *
 * Licensed under the GNU GPL. For full terms see the file LICENSE.
 *
 * @package   OpenClinic
 * @copyright 2002-2006 jact
 * @license   http://www.gnu.org/copyleft/gpl.html GNU GPL
 * @version   CVS: $Id: problem_tbl.sql,v 1.7 2006/03/28 19:01:43 jact Exp $
 * @author    jact <jachavar@gmail.com>
 */

CREATE TABLE problem_tbl (
  id_problem INT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  last_update_date DATE NOT NULL, /* fecha de última actualización */
  id_patient INT UNSIGNED NOT NULL,
  id_member INT UNSIGNED NULL, /* clave del médico que atiende el problema */
  order_number TINYINT UNSIGNED NOT NULL, /* número de orden relativo a cada paciente */
  opening_date DATE NOT NULL, /* fecha de apertura */
  closing_date DATE NULL, /* fecha de cierre */
  meeting_place VARCHAR(40) NULL, /* lugar de encuentro */
  wording TEXT NOT NULL, /* enunciado del problema */
  subjective TEXT NULL, /* subjetivo */
  objective TEXT NULL, /* objetivo */
  appreciation TEXT NULL, /* valoración */
  action_plan TEXT NULL, /* plan de actuación */
  prescription TEXT NULL, /* prescripción (por prescripción facultativa, on doctor's orders) */
  FOREIGN KEY (id_patient) REFERENCES patient_tbl(id_patient) ON DELETE CASCADE,
  FOREIGN KEY (id_member) REFERENCES staff_tbl(id_member) ON DELETE SET NULL
);

/**
 * relative_tbl.sql
 *
 * Creation of relative_tbl structure
 *
 * Licensed under the GNU GPL. For full terms see the file LICENSE.
 *
 * @package   OpenClinic
 * @copyright 2002-2013 jact
 * @license   http://www.gnu.org/copyleft/gpl.html GNU GPL
 * @version   CVS: $Id: relative_tbl.sql,v 1.7 2013/01/07 18:19:15 jact Exp $
 * @author    jact <jachavar@gmail.com>
 */

CREATE TABLE relative_tbl (
  id_patient INT UNSIGNED NOT NULL,
  id_relative INT UNSIGNED NOT NULL,
  PRIMARY KEY (id_patient,id_relative),
  FOREIGN KEY (id_patient) REFERENCES patient_tbl(id_patient) ON DELETE CASCADE,
  FOREIGN KEY (id_relative) REFERENCES patient_tbl(id_patient) ON DELETE CASCADE
) ENGINE=MyISAM;

/**
 * This file is part of OpenClinic
 *
 * Copyright (c) 2002-2004 jact
 * Licensed under the GNU GPL. For full terms see the file LICENSE.
 *
 * $Id: connection_problem_tbl.sql,v 1.1 2004/01/29 14:42:34 jact Exp $
 */

/**
 * connection_problem_tbl.sql
 ********************************************************************
 * Change this
 ********************************************************************
 * Author: jact <jachavar@terra.es>
 * Last modified: 29/01/04 15:42
 */

CREATE TABLE connection_problem_tbl (
  id_problem INT UNSIGNED NOT NULL,
  id_connection INT UNSIGNED NOT NULL,
  PRIMARY KEY (id_problem,id_connection),
  FOREIGN KEY (id_problem) REFERENCES problem_tbl(id_problem) ON DELETE CASCADE,
  FOREIGN KEY (id_connection) REFERENCES problem_tbl(id_problem) ON DELETE CASCADE
);

/**
 * This file is part of OpenClinic
 *
 * Copyright (c) 2002-2004 jact
 * Licensed under the GNU GPL. For full terms see the file LICENSE.
 *
 * $Id: medical_test_tbl.sql,v 1.3 2004/04/24 15:12:21 jact Exp $
 */

/**
 * medical_test_tbl.sql
 ********************************************************************
 * Creation of medical_test_tbl structure
 ********************************************************************
 * Author: jact <jachavar@terra.es>
 */

CREATE TABLE medical_test_tbl (
  id_test INT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  id_problem INT UNSIGNED NOT NULL,
  document_type VARCHAR(128) NULL, /* MIME type */
  path_filename TEXT NOT NULL,
  FOREIGN KEY (id_problem) REFERENCES problem_tbl(id_problem) ON DELETE CASCADE
);

/**
 * This file is part of OpenClinic
 *
 * Copyright (c) 2002-2004 jact
 * Licensed under the GNU GPL. For full terms see the file LICENSE.
 *
 * $Id: staff_tbl.sql,v 1.3 2004/04/24 15:12:21 jact Exp $
 */

/**
 * staff_tbl.sql
 ********************************************************************
 * Creation of staff_tbl structure
 ********************************************************************
 * Author: jact <jachavar@terra.es>
 */

CREATE TABLE staff_tbl (
  id_member INT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  member_type ENUM('Administrative','Doctor') NOT NULL DEFAULT 'Administrative',
  collegiate_number VARCHAR(20) NULL, /* número de colegiado */
  nif VARCHAR(20) NULL,
  first_name VARCHAR(25) NOT NULL,
  surname1 VARCHAR(30) NOT NULL,
  surname2 VARCHAR(30) NOT NULL,
  address TEXT NULL DEFAULT '',
  phone_contact TEXT NULL DEFAULT '',
  id_user INT UNSIGNED NULL,
  login VARCHAR(20) NULL,
  FOREIGN KEY (id_user) REFERENCES user_tbl(id_user) ON DELETE SET NULL
);

/**
 * This file is part of OpenClinic
 *
 * Copyright (c) 2002-2004 jact
 * Licensed under the GNU GPL. For full terms see the file LICENSE.
 *
 * $Id: user_tbl.sql,v 1.3 2004/04/24 15:12:21 jact Exp $
 */

/**
 * user_tbl.sql
 ********************************************************************
 * Creation of user_tbl structure
 ********************************************************************
 * Author: jact <jachavar@terra.es>
 */

CREATE TABLE user_tbl (
  id_user INT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  pwd VARCHAR(32) NOT NULL, /* 32 caracteres por ser md5 */
  email VARCHAR(40) NULL,
  actived ENUM('N','Y') NOT NULL DEFAULT 'N',
  id_theme SMALLINT UNSIGNED NOT NULL DEFAULT 1,
  id_profile SMALLINT UNSIGNED NOT NULL DEFAULT 3, /* por defecto perfil de médico */
  FOREIGN KEY (id_theme) REFERENCES theme_tbl(id_theme) ON DELETE SET DEFAULT,
  FOREIGN KEY (id_profile) REFERENCES profile_tbl(id_profile) ON DELETE SET DEFAULT
);

/**
 * @package OpenClinic
 *
 * @copyright Copyright (c) 2002-2006 jact
 * @license Licensed under the GNU GPL. For full terms see the file LICENSE.
 *
 * $Id: deleted_patient_tbl.sql,v 1.8 2006/03/26 15:36:40 jact Exp $
 */

/**
 * deleted_patient_tbl.sql
 *
 * Creation of deleted_patient_tbl structure
 *
 * @author jact <jachavar@gmail.com>
 * @since 0.2
 */

CREATE TABLE deleted_patient_tbl (
  id_patient INT UNSIGNED NOT NULL,
  nif VARCHAR(20) NULL,
  first_name VARCHAR(25) NOT NULL,
  surname1 VARCHAR(30) NOT NULL,
  surname2 VARCHAR(30) NOT NULL,
  address TEXT NULL DEFAULT '',
  phone_contact TEXT NULL DEFAULT '',
  sex ENUM('V','H') NOT NULL DEFAULT 'V',
  race VARCHAR(25) NULL, /* raza: blanca, amarilla, cobriza, negra */
  birth_date DATE NULL, /* fecha de nacimiento */
  birth_place VARCHAR(40) NULL, /* lugar de nacimiento */
  decease_date DATE NULL, /* fecha de defunción */
  nts VARCHAR(30) NULL, /* número de tarjeta sanitaria */
  nss VARCHAR(30) NULL, /* número de la seguridad social */
  family_situation TEXT NULL, /* situación familiar */
  labour_situation TEXT NULL, /* situación laboral */
  education TEXT NULL, /* estudios */
  insurance_company VARCHAR(30) NULL, /* entidad aseguradora */
  id_member INT UNSIGNED NULL, /* clave del médico al que pertenece por cupo */
  collegiate_number VARCHAR(20) NULL, /* numero de colegiado (del médico al que pertenece por cupo) */
  birth_growth TEXT NULL, /* nacimiento y crecimiento (desarrollo) */
  growth_sexuality TEXT NULL, /* desarrollo y vida sexual */
  feed TEXT NULL, /* alimentación */
  habits TEXT NULL, /* hábitos */
  peristaltic_conditions TEXT NULL, /* condiciones peristáticas */
  psychological TEXT NULL, /* psicológicos */
  children_complaint TEXT NULL, /* enfermedades de la infancia */
  venereal_disease TEXT NULL, /* enfermedades de transmisión sexual */
  accident_surgical_operation TEXT NULL, /* accidentes e intervenciones quirúrgicas */
  medicinal_intolerance TEXT NULL, /* intolerancia medicamentosa */
  mental_illness TEXT NULL, /* enfermedades mentales y neuróticas */
  parents_status_health TEXT NULL, /* estado de salud de los padres */
  brothers_status_health TEXT NULL, /* estado de salud de los hermanos */
  spouse_childs_status_health TEXT NULL, /* estado de salud del cónyuge e hijos */
  family_illness TEXT NULL, /* enfermedades acumuladas en la familia */
  create_date DATETIME NOT NULL,
  id_user INT UNSIGNED NOT NULL,
  login VARCHAR(20) NOT NULL
);

/**
 * This file is part of OpenClinic
 *
 * Copyright (c) 2002-2004 jact
 * Licensed under the GNU GPL. For full terms see the file LICENSE.
 *
 * $Id: deleted_problem_tbl.sql,v 1.3 2004/04/24 15:12:21 jact Exp $
 */

/**
 * deleted_problem_tbl.sql
 ********************************************************************
 * Creation of deleted_problem_tbl structure
 ********************************************************************
 * Author: jact <jachavar@terra.es>
 */

CREATE TABLE deleted_problem_tbl (
  id_problem INT UNSIGNED NOT NULL,
  last_update_date DATE NOT NULL, /* fecha de última actualización */
  id_patient INT UNSIGNED NOT NULL,
  collegiate_number VARCHAR(20) NULL, /* número de colegiado (clave del médico que anota el problema) */
  order_number TINYINT UNSIGNED NOT NULL, /* número de orden relativo a cada paciente */
  opening_date DATE NOT NULL, /* fecha de apertura */
  closing_date DATE NULL, /* fecha de cierre */
  meeting_place VARCHAR(40) NULL, /* lugar de encuentro */
  wording TEXT NOT NULL, /* enunciado del problema */
  subjective TEXT NULL, /* subjetivo */
  objective TEXT NULL, /* objetivo */
  appreciation TEXT NULL, /* valoración */
  action_plan TEXT NULL, /* plan de actuación */
  prescription TEXT NULL, /* prescripción (por prescripción facultativa, on doctor's orders) */
  create_date DATETIME NOT NULL,
  id_user INT UNSIGNED NOT NULL,
  login VARCHAR(20) NOT NULL
);

/**
 * This file is part of OpenClinic
 *
 * Copyright (c) 2002-2004 jact
 * Licensed under the GNU GPL. For full terms see the file LICENSE.
 *
 * $Id: access_log_tbl.sql,v 1.4 2004/09/22 18:19:08 jact Exp $
 */

/**
 * access_log_tbl.sql
 ********************************************************************
 * Creation of access_log_tbl structure
 ********************************************************************
 * Author: jact <jachavar@terra.es>
 * @since 0.3
 */

CREATE TABLE access_log_tbl (
  id_user INT UNSIGNED NOT NULL,
  login VARCHAR(20) NOT NULL,
  access_date DATETIME NOT NULL,
  id_profile SMALLINT UNSIGNED NOT NULL,
  PRIMARY KEY (id_user,access_date)
);

/**
 * This file is part of OpenClinic
 *
 * Copyright (c) 2002-2004 jact
 * Licensed under the GNU GPL. For full terms see the file LICENSE.
 *
 * $Id: record_log_tbl.sql,v 1.4 2004/07/24 16:22:04 jact Exp $
 */

/**
 * record_log_tbl.sql
 ********************************************************************
 * Creation of record_log_tbl structure
 ********************************************************************
 * Author: jact <jachavar@terra.es>
 */

CREATE TABLE record_log_tbl (
  id_user INT UNSIGNED NOT NULL,
  login VARCHAR(20) NOT NULL,
  access_date DATETIME NOT NULL,
  table_name VARCHAR(25) NOT NULL,
  operation VARCHAR(10) NOT NULL,
  affected_row TEXT NOT NULL,
  KEY id_user (id_user)
);

/**
 * session_tbl.sql
 *
 * Creation of session_tbl structure
 *
 * Licensed under the GNU GPL. For full terms see the file LICENSE.
 *
 * @package   OpenClinic
 * @copyright 2002-2006 jact
 * @license   http://www.gnu.org/copyleft/gpl.html GNU GPL
 * @version   CVS: $Id: session_tbl.sql,v 1.6 2006/03/28 19:01:43 jact Exp $
 * @author    jact <jachavar@gmail.com>
 */

CREATE TABLE session_tbl (
  login VARCHAR(20) NOT NULL,
  last_updated_date DATETIME NOT NULL,
  token INT NOT NULL
);

/**
 * This file is part of OpenClinic
 *
 * Copyright (c) 2002-2004 jact
 * Licensed under the GNU GPL. For full terms see the file LICENSE.
 *
 * $Id: profile_tbl.sql,v 1.2 2004/04/18 14:22:25 jact Exp $
 */

/**
 * profile_tbl.sql
 ********************************************************************
 * Change this
 ********************************************************************
 * Author: jact <jachavar@terra.es>
 */

CREATE TABLE profile_tbl (
  id_profile SMALLINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  description VARCHAR(40) NOT NULL
);

INSERT INTO profile_tbl VALUES (1,'Administrator'); /* Administrador */
INSERT INTO profile_tbl VALUES (2,'Administrative'); /* Administrativo */
INSERT INTO profile_tbl VALUES (3,'Doctor'); /* Médico */

/**
 * This file is part of OpenClinic
 *
 * Copyright (c) 2002-2004 jact
 * Licensed under the GNU GPL. For full terms see the file LICENSE.
 *
 * $Id: setting_tbl.sql,v 1.5 2004/07/04 14:10:50 jact Exp $
 */

/**
 * setting_tbl.sql
 ********************************************************************
 * Creation of setting_tbl structure
 ********************************************************************
 * Author: jact <jachavar@terra.es>
 */

CREATE TABLE setting_tbl (
  clinic_name VARCHAR(128) NULL,
  clinic_image_url TEXT NULL,
  use_image ENUM('N','Y') NOT NULL DEFAULT 'N',
  clinic_hours VARCHAR(128) NULL,
  clinic_address TEXT NULL,
  clinic_phone VARCHAR(40) NULL,
  clinic_url TEXT NULL, /* web page of the clinic if exists */
  session_timeout SMALLINT UNSIGNED NOT NULL DEFAULT 20,
  items_per_page TINYINT UNSIGNED NOT NULL DEFAULT 10,
  version VARCHAR(14) NOT NULL,
  language VARCHAR(10) NOT NULL DEFAULT 'en',
  id_theme SMALLINT UNSIGNED NOT NULL DEFAULT 1,
  FOREIGN KEY (id_theme) REFERENCES theme_tbl(id_theme) ON DELETE SET DEFAULT
) MIN_ROWS=1 MAX_ROWS=1;

INSERT INTO setting_tbl VALUES (
  'My Clinic',
  '../images/openclinic-1.png',
  'Y',
  'L-V 9am-3pm, S 10am-1pm',
  'Sesame Street',
  '999 66 66 66',
  'http://www.example.com',
  20,
  10,
  '0.7.20040704',
  'en',
  1
);

/**
 * This file is part of OpenClinic
 *
 * Copyright (c) 2002-2004 jact
 * Licensed under the GNU GPL. For full terms see the file LICENSE.
 *
 * $Id: theme_tbl.sql,v 1.2 2004/04/18 14:22:25 jact Exp $
 */

/**
 * theme_tbl.sql
 ********************************************************************
 * Change this
 ********************************************************************
 * Author: jact <jachavar@terra.es>
 */

CREATE TABLE theme_tbl (
  id_theme SMALLINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  theme_name VARCHAR(60) NOT NULL,
  title_bg_color VARCHAR(30) NOT NULL,
  title_font_family TEXT NOT NULL,
  title_font_size TINYINT UNSIGNED NOT NULL DEFAULT 14,
  title_font_bold ENUM('N','Y') NOT NULL DEFAULT 'N',
  title_font_color VARCHAR(30) NOT NULL,
  title_align ENUM('left','right','center') NOT NULL DEFAULT 'left',
  body_bg_color VARCHAR(30) NOT NULL,
  body_font_family TEXT NOT NULL,
  body_font_size TINYINT UNSIGNED NOT NULL DEFAULT 10,
  body_font_color VARCHAR(30) NOT NULL,
  body_link_color VARCHAR(30) NOT NULL,
  error_color VARCHAR(30) NOT NULL,
  navbar_bg_color VARCHAR(30) NOT NULL,
  navbar_font_family TEXT NOT NULL,
  navbar_font_size TINYINT UNSIGNED NOT NULL DEFAULT 10,
  navbar_font_color VARCHAR(30) NOT NULL,
  navbar_link_color VARCHAR(30) NOT NULL,
  tab_bg_color VARCHAR(30) NOT NULL,
  tab_font_family TEXT NOT NULL,
  tab_font_size TINYINT UNSIGNED NOT NULL DEFAULT 12,
  tab_font_bold ENUM('N','Y') NOT NULL DEFAULT 'N',
  tab_font_color VARCHAR(30) NOT NULL,
  tab_link_color VARCHAR(30) NOT NULL,
  table_border_color VARCHAR(30) NOT NULL,
  table_border_width TINYINT UNSIGNED NOT NULL DEFAULT 1,
  table_cell_padding TINYINT UNSIGNED NOT NULL DEFAULT 1
);
