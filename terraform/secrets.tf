# The API key with every role, generated here and kept in Secrets Manager; copy it into the Kubernetes Secret
# loadcast-api-key and the GitHub secret LOADCAST_API_KEY (docs/deploying.md). It is in the state file, so
# keep the state encrypted and private (remote-state.tf.example). The RDS master password is in Secrets
# Manager too, managed by RDS itself (rds.tf).
resource "random_password" "api_key" {
  length  = 48
  special = false
}

resource "aws_secretsmanager_secret" "api_key" {
  name                    = "${local.name}/api-key"
  description             = "loadcast API key with every role (LOADCAST_API_KEY)"
  recovery_window_in_days = 7
}

resource "aws_secretsmanager_secret_version" "api_key" {
  secret_id     = aws_secretsmanager_secret.api_key.id
  secret_string = random_password.api_key.result
}
