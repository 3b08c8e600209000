output "cluster_name" {
  description = "EKS cluster: aws eks update-kubeconfig --name <this>."
  value       = module.eks.cluster_name
}

output "msk_bootstrap_brokers_sasl_scram" {
  description = "SPRING_KAFKA_BOOTSTRAP_SERVERS for k8s/overlays/prod (SASL_SSL, SCRAM-SHA-512)."
  value       = aws_msk_cluster.kafka.bootstrap_brokers_sasl_scram
}

output "db_user_secret_arns" {
  description = "Per service: the Secrets Manager secret with its PostgreSQL user (Kubernetes Secret loadcast-db-<service>)."
  value       = { for k, s in aws_secretsmanager_secret.db : k => s.arn }
}

output "kafka_user_secret_arns" {
  description = "Per service: the Secrets Manager secret with its Kafka SCRAM user (Kubernetes Secret loadcast-kafka-<service>)."
  value       = { for k, s in aws_secretsmanager_secret.kafka : k => s.arn }
}

output "rds_endpoint" {
  description = "host:port of PostgreSQL for the SPRING_DATASOURCE_URL values."
  value       = aws_db_instance.postgres.endpoint
}

output "rds_master_secret_arn" {
  description = "Secrets Manager secret holding the RDS master user and password (managed by RDS)."
  value       = aws_db_instance.postgres.master_user_secret[0].secret_arn
}

output "api_key_secret_arn" {
  description = "Secrets Manager secret holding LOADCAST_API_KEY."
  value       = aws_secretsmanager_secret.api_key.arn
}

output "artifacts_bucket" {
  description = "LOADCAST_S3_BUCKET for registry-service."
  value       = aws_s3_bucket.artifacts.bucket
}

output "ecr_repository_urls" {
  description = "Image repositories, by service (the newName values of k8s/overlays/prod)."
  value       = { for name, repo in aws_ecr_repository.service : name => repo.repository_url }
}

output "service_role_arns" {
  description = "IRSA role per service; annotate its ServiceAccount with eks.amazonaws.com/role-arn."
  value       = { for name, role in aws_iam_role.service : name => role.arn }
}

output "github_images_role_arn" {
  description = "Role for .github/workflows/images.yml (repository variable AWS_IMAGES_ROLE_ARN)."
  value       = one(aws_iam_role.github_images[*].arn)
}
