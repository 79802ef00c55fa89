kubectl auth can-i get widgets
