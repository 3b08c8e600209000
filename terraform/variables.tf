variable "region" {
  description = "AWS region for every resource."
  type        = string
  default     = "eu-west-2"
}

variable "environment" {
  description = "Environment name, part of every resource name (dev, prod)."
  type        = string
  default     = "prod"
}

variable "services" {
  description = "The loadcast services: one ECR repository and one Kubernetes service account each."
  type        = list(string)
  default     = ["ingest-service", "forecast-service", "rag-service", "guardrail-service", "registry-service", "console"]
}

variable "kubernetes_namespace" {
  description = "Namespace the k8s/overlays deploy to (IAM roles for service accounts trust it)."
  type        = string
  default     = "loadcast"
}

variable "vpc_cidr" {
  description = "CIDR block of the VPC."
  type        = string
  default     = "10.40.0.0/16"
}

variable "az_count" {
  description = "Availability zones used (MSK needs one broker per zone, at least 2)."
  type        = number
  default     = 3

  validation {
    condition     = var.az_count >= 2 && var.az_count <= 3
    error_message = "az_count must be 2 or 3."
  }
}

variable "eks_version" {
  description = "Kubernetes version of the EKS control plane."
  type        = string
  default     = "1.33"
}

variable "node_instance_types" {
  description = "Instance types of the managed node group."
  type        = list(string)
  default     = ["m6i.large"]
}

variable "node_count" {
  description = "Minimum, desired and maximum nodes."
  type        = object({ min = number, desired = number, max = number })
  default     = { min = 2, desired = 3, max = 6 }
}

variable "kafka_version" {
  description = "MSK Kafka version."
  type        = string
  default     = "3.9.x"
}

variable "msk_instance_type" {
  description = "MSK broker instance type."
  type        = string
  default     = "kafka.m7g.large"
}

variable "msk_volume_gb" {
  description = "EBS storage per broker, in GB."
  type        = number
  default     = 100
}

variable "rds_instance_class" {
  description = "RDS PostgreSQL instance class."
  type        = string
  default     = "db.t4g.medium"
}

variable "rds_engine_version" {
  description = "PostgreSQL major version."
  type        = string
  default     = "17"
}

variable "rds_allocated_gb" {
  description = "Initial RDS storage, in GB (autoscales up to 5x)."
  type        = number
  default     = 50
}

variable "rds_multi_az" {
  description = "Run a standby in another zone."
  type        = bool
  default     = true
}

variable "deletion_protection" {
  description = "Protect RDS from deletion and keep a final snapshot; set false only for throwaway environments."
  type        = bool
  default     = true
}

variable "github_repository" {
  description = "owner/name of the GitHub repository whose tag builds push images (OIDC, no stored keys); empty to skip."
  type        = string
  default     = ""
}
