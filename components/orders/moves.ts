// Which buttons an order gets: the moves the domain would accept from its current status.
import "server-only";
import { canTransition } from "@/lib/domain/order-status";
import type { OrderStatus } from "@/lib/generated/prisma/client";
import { ORDER_STATUS_TARGETS } from "@/lib/validation/order";
import type { OrderMove } from "./order-actions";

export const movesFrom = (status: OrderStatus): OrderMove[] =>
  ORDER_STATUS_TARGETS.filter((to) => canTransition(status, to));
