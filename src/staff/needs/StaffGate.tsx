// Moved to src/staff/StaffGate.tsx (every staff page uses it); kept so older imports still resolve.
export { StaffGate } from '../StaffGate'
