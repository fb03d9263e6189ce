-- Nordlicht Naturwaren online shop (PostgreSQL).
CREATE TABLE customers (
  id            BIGSERIAL PRIMARY KEY,
  email         VARCHAR(254) NOT NULL UNIQUE,
  password_hash VARCHAR(100) NOT NULL,
  first_name    VARCHAR(80),
  last_name     VARCHAR(80),
  phone         VARCHAR(30),
  date_of_birth DATE,
  newsletter_opt_in BOOLEAN NOT NULL DEFAULT FALSE,
  created_at    TIMESTAMP NOT NULL DEFAULT now()
);
COMMENT ON COLUMN customers.date_of_birth IS 'for age-restricted products';

CREATE TABLE addresses (
  id          BIGSERIAL PRIMARY KEY,
  customer_id BIGINT NOT NULL REFERENCES customers(id),
  street      VARCHAR(200) NOT NULL,
  postal_code VARCHAR(10) NOT NULL,
  city        VARCHAR(100) NOT NULL,
  country     CHAR(2) NOT NULL
);

CREATE TABLE orders (
  id          BIGSERIAL PRIMARY KEY,
  customer_id BIGINT NOT NULL REFERENCES customers(id),
  address_id  BIGINT NOT NULL REFERENCES addresses(id),
  total_cents INTEGER NOT NULL,
  iban        VARCHAR(34),
  placed_at   TIMESTAMP NOT NULL DEFAULT now()
);
COMMENT ON COLUMN orders.iban IS 'direct debit (SEPA) account';

-- Pharmacy counter of the stores: advice on supplements and natural remedies.
CREATE TABLE advice_records (
  id           BIGSERIAL PRIMARY KEY,
  customer_id  BIGINT NOT NULL REFERENCES customers(id),
  allergies    TEXT,
  diagnosis    TEXT,
  blood_type   VARCHAR(3),
  notes        TEXT,
  advised_at   TIMESTAMP NOT NULL
);

-- Staff (payroll needs the denomination for church tax).
CREATE TABLE employees (
  id           BIGSERIAL PRIMARY KEY,
  full_name    VARCHAR(160) NOT NULL,
  email        VARCHAR(254),
  religion     VARCHAR(40),
  ethnicity    VARCHAR(60),
  trade_union  VARCHAR(60),
  iban         VARCHAR(34),
  hired_on     DATE
);

CREATE TABLE login_events (
  id          BIGSERIAL PRIMARY KEY,
  customer_id BIGINT NOT NULL REFERENCES customers(id),
  ip_address  INET,
  user_agent  TEXT,
  logged_in_at TIMESTAMP NOT NULL
);
