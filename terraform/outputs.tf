output "cluster_name" {
  description = "EKS cluster: aws eks update-kubeconfig --name <this>."
  value       = module.eks.cluster_name
}

output "msk_bootstrap_brokers_tls" {
  description = "SPRING_KAFKA_BOOTSTRAP_SERVERS for k8s/overlays/prod (with SPRING_KAFKA_SECURITY_PROTOCOL=SSL)."
  value       = aws_msk_cluster.kafka.bootstrap_brokers_tls
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
