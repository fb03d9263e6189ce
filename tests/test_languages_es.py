"""Spanish identifiers (languages/es.yaml): a welfare survey form's coded answers, incomes and
health, a school's teachers. Synthetic schemas written for these tests."""

from __future__ import annotations

from pathlib import Path

from classify_helpers import column_of, scan_ddl

SCHEMA = """
CREATE TABLE persona (id_persona bigint PRIMARY KEY, nombre varchar(100), apellidos varchar(100),
  numero_cedula int, fecha_nacimiento date, es_indigena int, numero_telefono_linea_baja varchar(50),
  es_persona_con_pena_judicial int, es_persona_con_deuda int, monto_pension decimal(12,2),
  version_persona bigint);
CREATE TABLE ficha_persona (id_ficha_persona bigint PRIMARY KEY, id_persona bigint
  REFERENCES persona(id_persona), numero_estado_salud int, numero_clase_enf_cronica int,
  numero_siono_carnet_vacunacion int, monto_ingreso_jubilacion decimal(12,2),
  numero_nivel_edu_ult_cur_aprob int, numero_tipo_relacion_lab int);
CREATE TABLE maestros (id int PRIMARY KEY, nombre varchar(50), apellido_paterno varchar(50));
CREATE TABLE reporte (id int PRIMARY KEY, nombre_archivo varchar(200), fecha date);
CREATE TABLE causa_den_pension (id int PRIMARY KEY, codigo_causa_den_pension varchar(20));
"""


def test_spanish_survey_answers_health_income_and_documents(tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, SCHEMA)
    expected = {
        ("persona", "numero_cedula"): "identity.national_id",
        ("persona", "es_indigena"): "identity.ethnicity",
        ("persona", "numero_telefono_linea_baja"): "contact.phone",
        ("persona", "es_persona_con_pena_judicial"): "special.criminal_record",
        ("persona", "es_persona_con_deuda"): "financial.credit",
        ("persona", "monto_pension"): "financial.property",
        ("ficha_persona", "numero_estado_salud"): "health.medical",
        ("ficha_persona", "numero_clase_enf_cronica"): "health.medical",
        ("ficha_persona", "numero_siono_carnet_vacunacion"): "health.medical",
        ("ficha_persona", "monto_ingreso_jubilacion"): "financial.property",
        ("ficha_persona", "numero_nivel_edu_ult_cur_aprob"): "employment.info",
        ("ficha_persona", "numero_tipo_relacion_lab"): "employment.info",
        ("maestros", "nombre"): "identity.name",
    }
    for (table, column), category in expected.items():
        assert column_of(schema, table, column).categories == [category], (table, column)


def test_spanish_words_of_things_stay_nobodys(tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, SCHEMA)
    # persona is a person here, not a marketing persona; a pension's denial causes are a list
    assert column_of(schema, "persona", "version_persona").categories == []
    assert column_of(schema, "causa_den_pension", "codigo_causa_den_pension").categories == []


def test_a_person_phrase_after_a_spanish_term_says_whose_it_is(tmp_path: Path) -> None:
    # A household form (no person's table) names its head's and its respondent's names with
    # the person after the noun, as Spanish orders them.
    schema = scan_ddl(tmp_path, """
CREATE TABLE ficha_hogar (id bigint PRIMARY KEY, nombre_jefe_hogar varchar(100),
  nombre_respondente varchar(100), nombre_archivo varchar(100), numero_vivienda int);
""")
    assert column_of(schema, "ficha_hogar", "nombre_jefe_hogar").categories == ["identity.name"]
    assert column_of(schema, "ficha_hogar", "nombre_respondente").categories == ["identity.name"]
    assert column_of(schema, "ficha_hogar", "nombre_archivo").categories == []


def test_a_pupils_marks_and_a_customers_order_amounts(tmp_path: Path) -> None:
    # The pupils' own table places their marks in education; an order of a customer holds
    # the customer's payment amounts under generic names (descuento, recargo), not its counts.
    schema = scan_ddl(tmp_path, """
CREATE TABLE alumnos (id int PRIMARY KEY, nombre varchar(50), apellidos varchar(80));
CREATE TABLE evaluaciones (id int PRIMARY KEY, alumnos_id int REFERENCES alumnos(id),
  puntaje decimal(4,2), periodo int);
""")
    assert column_of(schema, "evaluaciones", "puntaje").categories == ["employment.info"]
    assert column_of(schema, "evaluaciones", "periodo").categories == []
    schema = scan_ddl(tmp_path, """
CREATE TABLE clientes (id int PRIMARY KEY, nombre varchar(50), apellidos varchar(80));
CREATE TABLE pedidos (id int PRIMARY KEY, clientes_id int REFERENCES clientes(id),
  fecha date, descuento decimal(10,2), recargo decimal(10,2), cantidad int);
""")
    for column in ("descuento", "recargo"):
        assert column_of(schema, "pedidos", column).categories == ["financial.transaction"]
    assert column_of(schema, "pedidos", "cantidad").categories == []


def test_a_town_halls_applicant_under_administrative_short_forms(tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, """
CREATE TABLE expedientes (id int PRIMARY KEY, nifciftitular varchar(16),
  identidadtitular varchar(128), domicilio varchar(128), cpostal varchar(5),
  poblacion varchar(64), tfnofijo varchar(32), tfnomovil varchar(32),
  direcciontelematica varchar(60), tp_reg int);
""")
    expected = {"nifciftitular": "identity.national_id", "cpostal": "location.coarse",
                "poblacion": "location.coarse", "tfnofijo": "contact.phone",
                "tfnomovil": "contact.phone", "direcciontelematica": "contact.email"}
    for column, category in expected.items():
        assert column_of(schema, "expedientes", column).categories == [category], column
    assert column_of(schema, "expedientes", "tp_reg").categories == []
