-- Nightly: parcels for the carrier (Hanseatische Paketdienst AG, Hamburg) through its
-- SFTP drop table, and newsletter subscribers for the US mailing service.
CREATE TABLE carrier_drop.parcels (
  order_id    BIGINT,
  recipient_name VARCHAR(160),
  street      VARCHAR(200),
  postal_code VARCHAR(10),
  city        VARCHAR(100),
  phone       VARCHAR(30)
);

INSERT INTO carrier_drop.parcels (order_id, recipient_name, street, postal_code, city, phone)
SELECT o.id, c.first_name || ' ' || c.last_name, a.street, a.postal_code, a.city, c.phone
FROM orders o
JOIN customers c ON c.id = o.customer_id
JOIN addresses a ON a.id = o.address_id;

CREATE TABLE mailwave_sync.subscribers (
  email      VARCHAR(254),
  first_name VARCHAR(80)
);

INSERT INTO mailwave_sync.subscribers (email, first_name)
SELECT email, first_name FROM customers WHERE newsletter_opt_in;

DELETE FROM login_events WHERE logged_in_at < now() - INTERVAL '90 days';
