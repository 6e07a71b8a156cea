// Which buttons an order gets: the moves the domain would accept from its current status
// (server-side: the rule is lib/domain/order-status's canTransition).
import "server-only";
import { canTransition } from "@/lib/domain/order-status";
import type { OrderStatus } from "@/lib/generated/prisma/client";
import { ORDER_STATUS_TARGETS, type OrderMove } from "@/lib/validation/order";

export const movesFrom = (status: OrderStatus): OrderMove[] =>
  ORDER_STATUS_TARGETS.filter((to) => canTransition(status, to));
