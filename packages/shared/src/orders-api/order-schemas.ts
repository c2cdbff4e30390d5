import { z } from 'zod';

export const ORDER_STATUSES = ['pending', 'paid', 'shipped', 'delivered', 'cancelled'] as const;

export const orderItemSchema = z.object({
  sku: z.string().regex(/^SKU-\d{4}$/, 'must look like SKU-0001'),
  quantity: z.number().int().min(1).max(1000),
  unitPriceCents: z.number().int().min(0).max(10_000_000),
});

export const orderSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  status: z.enum(ORDER_STATUSES),
  currency: z.enum(['USD', 'EUR', 'GBP']),
  items: z.array(orderItemSchema),
  totalCents: z.number().int(),
  createdAt: z.string(),
});

export const createOrderSchema = z
  .object({
    customerId: z.string().regex(/^cus_\d{4}$/, 'must look like cus_0001'),
    currency: z.enum(['USD', 'EUR', 'GBP']).default('USD'),
    items: z.array(orderItemSchema).min(1).max(50),
  })
  .strict();

export const listOrdersQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  status: z.enum(ORDER_STATUSES).optional(),
});

export const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

export type Order = z.infer<typeof orderSchema>;
export type CreateOrder = z.infer<typeof createOrderSchema>;
export type ListOrdersQuery = z.infer<typeof listOrdersQuerySchema>;
