# MSK: one broker per zone, TLS between clients and brokers, SASL/SCRAM clients (a user per service, users.tf),
# encrypted at rest with the AWS-managed key.
resource "aws_security_group" "msk" {
  name_prefix = "${local.name}-msk-"
  description = "Kafka brokers, reachable from the EKS nodes only"
  vpc_id      = module.vpc.vpc_id

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_vpc_security_group_ingress_rule" "msk_from_nodes" {
  security_group_id            = aws_security_group.msk.id
  referenced_security_group_id = module.eks.node_security_group_id
  ip_protocol                  = "tcp"
  from_port                    = 9096
  to_port                      = 9096
  description                  = "Kafka SASL/SCRAM over TLS from EKS nodes"
}

resource "aws_cloudwatch_log_group" "msk" {
  name              = "/loadcast/${var.environment}/msk"
  retention_in_days = 30
}

resource "aws_msk_cluster" "kafka" {
  cluster_name           = local.name
  kafka_version          = var.kafka_version
  number_of_broker_nodes = length(local.azs)

  broker_node_group_info {
    instance_type   = var.msk_instance_type
    client_subnets  = module.vpc.private_subnets
    security_groups = [aws_security_group.msk.id]

    storage_info {
      ebs_storage_info {
        volume_size = var.msk_volume_gb
      }
    }
  }

  client_authentication {
    unauthenticated = false

    sasl {
      scram = true
    }
  }

  encryption_info {
    encryption_in_transit {
      client_broker = "TLS"
      in_cluster    = true
    }
  }

  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled   = true
        log_group = aws_cloudwatch_log_group.msk.name
      }
    }
  }
}
