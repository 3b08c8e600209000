terraform {
  required_version = ">= 1.6"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.80"
    }
    random = {
      source  = "hashicorp/random"
      version = "~> 3.6"
    }
  }

  # State: local by default. For a team, copy remote-state.tf.example to remote-state.tf (S3 + lock file).
}

provider "aws" {
  region = var.region

  default_tags {
    tags = {
      Project     = "loadcast"
      Environment = var.environment
      ManagedBy   = "terraform"
    }
  }
}

data "aws_availability_zones" "available" {
  state = "available"
}

data "aws_caller_identity" "current" {}

locals {
  name = "loadcast-${var.environment}"
  azs  = slice(data.aws_availability_zones.available.names, 0, var.az_count)
}
