// Service defaulting, validation and IP/port allocation, registered with kube-apiserver by import.
import './serviceDefaults.ts';
import './serviceValidation.ts';
import './serviceAllocationPlugin.ts';
