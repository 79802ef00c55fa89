// Service defaulting and validation, registered with kube-apiserver by import (the IP/port
// allocation admission plugin is listed in cluster/composition.ts).
import './serviceDefaults.ts';
import './serviceValidation.ts';
