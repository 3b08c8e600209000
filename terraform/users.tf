# A PostgreSQL user and a Kafka SCRAM user per service, so that no service can read another's database or act as
# another on Kafka (issue 15). Passwords are generated here and kept in Secrets Manager (so they are in the state
# file: keep it encrypted and private, remote-state.tf.example).
# - PostgreSQL: RDS cannot create roles through its API; docs/deploying.md creates each role and its database with
#   psql from the secrets below (one CREATE ROLE ... LOGIN and CREATE DATABASE ... OWNER each).
# - MSK: SASL/SCRAM secrets must be named AmazonMSK_* and encrypted with a customer-managed key.
locals {
  database_services = ["ingest-service", "forecast-service", "rag-service", "guardrail-service", "registry-service"]
  kafka_services    = ["ingest-service", "forecast-service", "rag-service", "registry-service"]
}

resource "random_password" "db" {
  for_each = toset(local.database_services)
  length   = 40
  special  = false
}

resource "aws_secretsmanager_secret" "db" {
  for_each                = toset(local.database_services)
  name                    = "${local.name}/db/${each.key}"
  description             = "PostgreSQL user of ${each.key} (Kubernetes Secret loadcast-db-${each.key})"
  recovery_window_in_days = 7
}

resource "aws_secretsmanager_secret_version" "db" {
  for_each  = toset(local.database_services)
  secret_id = aws_secretsmanager_secret.db[each.key].id
  secret_string = jsonencode({
    username = replace(each.key, "-", "_")
    password = random_password.db[each.key].result
    database = trimsuffix(each.key, "-service")
  })
}

resource "aws_kms_key" "msk_scram" {
  description             = "${local.name}: MSK SASL/SCRAM secrets"
  enable_key_rotation     = true
  deletion_window_in_days = 7
}

resource "random_password" "kafka" {
  for_each = toset(local.kafka_services)
  length   = 40
  special  = false
}

resource "aws_secretsmanager_secret" "kafka" {
  for_each                = toset(local.kafka_services)
  name                    = "AmazonMSK_${local.name}_${each.key}"
  description             = "Kafka SCRAM user of ${each.key} (Kubernetes Secret loadcast-kafka-${each.key})"
  kms_key_id              = aws_kms_key.msk_scram.key_id
  recovery_window_in_days = 7
}

resource "aws_secretsmanager_secret_version" "kafka" {
  for_each  = toset(local.kafka_services)
  secret_id = aws_secretsmanager_secret.kafka[each.key].id
  secret_string = jsonencode({
    username = each.key
    password = random_password.kafka[each.key].result
  })
}

resource "aws_msk_scram_secret_association" "kafka" {
  cluster_arn     = aws_msk_cluster.kafka.arn
  secret_arn_list = [for s in aws_secretsmanager_secret.kafka : s.arn]

  depends_on = [aws_secretsmanager_secret_version.kafka]
}
