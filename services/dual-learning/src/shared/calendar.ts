// The calendar terms live in the subgraph kit, shared by every subgraph.
export * from '@werkplek/subgraph-kit/calendar';
